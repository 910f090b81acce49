package org.casefunnel.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureCompetition;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A figure as written in a funnel document and in create requests: either a {@code count} (exact or
 * approximate) or a {@code low}-{@code high} range.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "FigureSpec",
    description =
        "A value of a stage: give either count (with approximate=true for \"around 2,000\")"
            + " or low and high for a range (\"maybe 2,000 or 3,000\").")
public record FigureSpec(
    @Schema(description = "Key of the stage this figure belongs to.", examples = "identified")
        @NotBlank
        @Size(max = 100)
        String stage,
    @Schema(
            description = "The count, when the figure is a single number.",
            examples = "9000",
            nullable = true)
        @PositiveOrZero
        @Max(Figure.MAX_COUNT)
        Long count,
    @Schema(description = "Lower end of a range.", examples = "2000", nullable = true)
        @PositiveOrZero
        @Max(Figure.MAX_COUNT)
        Long low,
    @Schema(description = "Upper end of a range.", examples = "3000", nullable = true)
        @PositiveOrZero
        @Max(Figure.MAX_COUNT)
        Long high,
    @Schema(
            description =
                "True when the source gives the number as approximate (\"around\", \"some\").",
            nullable = true)
        Boolean approximate,
    @Schema(description = "How firm the figure is.", examples = "reported") @NotNull
        FigureStatus status,
    @Schema(
            description =
                "Date the figure holds as of; null when the source does not say (never guessed).",
            nullable = true)
        LocalDate asOf,
    @Schema(
            description =
                "For a rate, the period it is counted over: day, week, month, quarter or year.",
            examples = "month",
            maxLength = 7,
            nullable = true)
        // the pattern bounds the length; a @Size would add a second, column-sized error
        @jakarta.validation.constraints.Pattern(
            regexp = "^(day|week|month|quarter|year)$",
            message = "must be one of day, week, month, quarter, year")
        String period,
    @Schema(description = "The figure's original wording in the source.", examples = "9,000 cases")
        @NotBlank
        @Size(max = 2000)
        String wording,
    @Schema(
            description = "How the wording was read into numbers, where that needs saying.",
            nullable = true)
        @Size(max = 2000)
        String note,
    // no uniqueItems: generators would turn the list into a set and change every client's types
    @Schema(
            description =
                "Ids of the statements the figure rests on; at least one, each once (a repeat is a"
                    + " 422).")
        @NotNull
        @Size(min = 1, max = 100, message = "must name between 1 and 100 statements")
        List<@NotNull @Size(max = 100) String> statementIds,
    @Schema(
            description = "Optional split of the figure along one dimension (e.g. offence type).",
            nullable = true)
        @Valid
        BreakdownSpec breakdown,
    @Schema(
            description =
                "How an editor weighs the figure against competing ones: preferred, normal (the"
                    + " default when absent) or deprecated (kept on record, never current).",
            examples = "preferred",
            nullable = true)
        FigureRank rank,
    @Schema(
            description = "Why the figure has its rank; required for preferred and deprecated.",
            examples = "The inspectorate counted the cases itself.",
            nullable = true)
        @Size(max = 2000)
        String rankReason,
    @Schema(
            description =
                "Funnel documents only (the export writes it): the figure's place in its stage's"
                    + " history, from 1, as the service numbered it; greater than the place of the"
                    + " stage's figure before it in the document. Absent, the figure takes the next"
                    + " place. Create requests and patches refuse it (the service numbers figures).",
            examples = "3",
            nullable = true)
        @Min(1)
        // the place is stored as a 32-bit integer
        @Max(Integer.MAX_VALUE)
        Integer sequence,
    @Schema(
            description =
                "Funnel documents only (the export writes it): the place (sequence) of the earlier"
                    + " figure of the same stage that this figure superseded when it was recorded,"
                    + " the link the figure's supersedes, the series' supersededBy and PROV's"
                    + " revisions read. A figure that gives its sequence and no supersedes"
                    + " superseded none; one without a sequence (older documents) gets the link the"
                    + " competition rule gives. Naming no earlier figure of the stage is a 422."
                    + " Create requests and patches refuse it.",
            examples = "2",
            nullable = true)
        @Min(1)
        @Max(Integer.MAX_VALUE)
        Integer supersedes) {

  /** A figure of normal rank (the form before ranks existed). */
  public FigureSpec(
      String stage,
      Long count,
      Long low,
      Long high,
      Boolean approximate,
      FigureStatus status,
      LocalDate asOf,
      String period,
      String wording,
      String note,
      List<String> statementIds,
      BreakdownSpec breakdown) {
    this(
        stage,
        count,
        low,
        high,
        approximate,
        status,
        asOf,
        period,
        wording,
        note,
        statementIds,
        breakdown,
        null,
        null,
        null,
        null);
  }

  /** What the competition rule reads of this figure (its statements by key). */
  public FigureCompetition.Claim claim() {
    long lower = count != null ? count : low;
    long upper = count != null ? count : high;
    return new FigureCompetition.Claim(
        asOf, lower, upper, Set.copyOf(statementIds), rankOrNormal());
  }

  /** The rank, normal when none is given. */
  public FigureRank rankOrNormal() {
    return rank == null ? FigureRank.NORMAL : rank;
  }

  /** Whether the figure states its place in the stage's history (only documents may). */
  public boolean givesPlace() {
    return sequence != null || supersedes != null;
  }

  /** This figure without sequence and supersedes. */
  public FigureSpec withoutPlace() {
    return new FigureSpec(
        stage,
        count,
        low,
        high,
        approximate,
        status,
        asOf,
        period,
        wording,
        note,
        statementIds,
        breakdown,
        rank,
        rankReason,
        null,
        null);
  }

  public boolean isApproximate() {
    return Boolean.TRUE.equals(approximate);
  }
}
