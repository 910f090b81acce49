package org.casefunnel.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.casefunnel.model.Figure;
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
    @Schema(description = "The figure's original wording.") String wording,
    @Schema(
            description =
                "True when a later-recorded figure of the stage has replaced it as the stage's"
                    + " current figure (a later value, or a correction); it stays in the record.")
        boolean superseded,
    @Schema(description = "Id of the figure that replaced it.", nullable = true)
        Long supersededBy) {

  static SeriesFigure of(Figure f, Long successor) {
    return new SeriesFigure(
        f.id,
        f.count,
        f.low,
        f.high,
        f.approximate,
        f.status,
        f.asOf,
        f.wording,
        f.supersededAt != null,
        successor);
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
