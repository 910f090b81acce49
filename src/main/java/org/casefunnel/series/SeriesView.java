package org.casefunnel.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.analysis.WarningView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A funnel over time: per stage a step series of its dated figures and the statistics then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "FunnelSeries",
    description =
        "A funnel over time. The dates are those on which any figure of the funnel is dated"
            + " (within from/to); at each, every stage has one point: the figure in effect then"
            + " and the statistics as they stood, exactly as /statistics?asOf=that date answers."
            + " Figures without a date are listed apart; a point shows one (undated) only while no"
            + " dated figure of its stage is on or before the point's date. Each point states the"
            + " unit and period of its own figure; where a stage's points differ in period they"
            + " are not comparable, none is rescaled, and a note says so.")
public record SeriesView(
    @Schema(description = "Slug id of the funnel.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Title of the funnel.") String title,
    @Schema(description = "What the funnel counts.", examples = "case") String unit,
    @Schema(description = "The from filter, when given.", nullable = true) LocalDate from,
    @Schema(description = "The to filter, when given.", nullable = true) LocalDate to,
    @Schema(
            description = "Confidence level of every sampling interval (the exact extrapolation).",
            examples = "0.95")
        double confidenceLevel,
    @Schema(description = "The dates on which any figure changes, oldest first.")
        List<SeriesDate> dates,
    @Schema(description = "Stages in funnel order, each with one point per date.")
        List<StageSeries> stages,
    @Schema(description = "How to read the series, in words.") List<String> notes) {

  /** One date of the series and what the statistics warned about then. */
  @Schema(name = "SeriesDate", description = "A date on which at least one figure is dated.")
  public record SeriesDate(
      @Schema(description = "The date.") LocalDate asOf,
      @Schema(description = "Keys of the stages whose figure in effect changes on this date.")
          List<String> changed,
      @Schema(description = "The warnings /statistics?asOf=this date gives.")
          List<WarningView> warnings) {}

  /** A stage's series. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "StageSeries",
      description = "One stage: a point per date of the series, and its undated figures apart.")
  public record StageSeries(
      @Schema(description = "Key of the stage.", examples = "in_scope") String key,
      @Schema(description = "Human-readable name.") String label,
      @Schema(description = "Key of the base stage.", nullable = true) String baseStage,
      @Schema(
              description =
                  "What the stage counts; the same on every point (a figure has no unit of its"
                      + " own).")
          String unit,
      @Schema(
              description =
                  "For a rate, the period of the stage's figure in effect now, as /statistics"
                      + " gives it; absent for a stock. Not necessarily every point's: a period"
                      + " belongs to each figure, so each point and figure states its own, and the"
                      + " series notes say when a stage's points differ (never rescaled to one"
                      + " period).",
              nullable = true)
          String period,
      @Schema(description = "True when the stage counts the funnel's unit and is not a rate.")
          boolean comparable,
      @Schema(description = "One point per date of the series, oldest first.")
          List<SeriesPoint> points,
      @Schema(
              description =
                  "The stage's figures without a date, oldest recorded first. A point shows one"
                      + " only while no dated figure of the stage is on or before its date.")
          List<SeriesFigure> undated) {}
}
