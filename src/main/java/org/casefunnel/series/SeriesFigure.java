package org.casefunnel.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure as the series shows it: its value as recorded and whether it was superseded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "SeriesFigure",
    description = "A figure as recorded: a count, or a range; approximate when the source hedged.")
public record SeriesFigure(
    @Schema(description = "Server id of the figure.", examples = "7") long id,
    @Schema(description = "The count, when the figure is a single number.", nullable = true)
        Long count,
    @Schema(description = "Lower end of a range.", nullable = true) Long low,
    @Schema(description = "Upper end of a range.", nullable = true) Long high,
    @Schema(description = "True when the source gives the number as approximate.")
        boolean approximate,
    @Schema(description = "How firm the figure is.") FigureStatus status,
    @Schema(description = "Date the figure holds as of; absent when unknown.", nullable = true)
        LocalDate asOf,
    @Schema(
            description =
                "For a rate, the period this figure is counted over (e.g. month); absent for a"
                    + " stock. A property of the figure: two figures of a stage may differ.",
            nullable = true)
        String period,
    @Schema(description = "The figure's original wording.") String wording,
    @Schema(
            description =
                "True when a later-recorded figure of the stage has replaced it as the stage's"
                    + " current figure (a later value, or a correction); it stays in the record.")
        boolean superseded,
    @Schema(description = "Id of the figure that replaced it.", nullable = true) Long supersededBy,
    @Schema(
            description =
                "How an editor ranked it (docs/competing-figures.md): a deprecated figure is kept"
                    + " on record as wrong and never in effect.")
        FigureRank rank,
    @Schema(
            description =
                "Only on a point's `replaced` figures: why the figure is not the one in effect on"
                    + " that date. `superseded`: a later-recorded figure dated on or before the"
                    + " date replaced it (a correction); `deprecated`: ranked wrong; `competing`:"
                    + " still current, competing with the figure in effect, which its rank or"
                    + " recording order chose (docs/competing-figures.md).",
            nullable = true)
        NotInEffect notInEffect) {

  /** Why a figure dated on a point is not the one in effect there. */
  public enum NotInEffect {
    SUPERSEDED,
    DEPRECATED,
    COMPETING;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static SeriesFigure of(Figure f, Long successor) {
    return new SeriesFigure(
        f.id,
        f.count,
        f.low,
        f.high,
        f.approximate,
        f.status,
        f.asOf,
        f.period,
        f.wording,
        f.supersededAt != null,
        successor,
        f.rank,
        null);
  }

  /** This figure as one of a point's replaced figures, with the reason it is not in effect. */
  SeriesFigure notInEffect(NotInEffect why) {
    return new SeriesFigure(
        id,
        count,
        low,
        high,
        approximate,
        status,
        asOf,
        period,
        wording,
        superseded,
        supersededBy,
        rank,
        why);
  }

  long lowerBound() {
    return count != null ? count : low;
  }

  long upperBound() {
    return count != null ? count : high;
  }

  boolean spansRange() {
    return count == null;
  }
}
