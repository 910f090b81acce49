package org.casefunnel.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.common.web.ETags;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRank;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Statement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Figure", description = "A value of a stage, with the statements it rests on.")
public record FigureView(
    @Schema(description = "Server id of the figure.", examples = "7") long id,
    @Schema(description = "Funnel of the figure.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Key of the figure's stage.", examples = "reviewed") String stage,
    @Schema(description = "Place in the stage's history, from 1.", examples = "1") int sequence,
    @Schema(description = "The count, when the figure is a single number.", nullable = true)
        Long count,
    @Schema(description = "Lower end of a range.", nullable = true) Long low,
    @Schema(description = "Upper end of a range.", nullable = true) Long high,
    @Schema(description = "True when the source gives the number as approximate.")
        boolean approximate,
    @Schema(description = "How firm the figure is.") FigureStatus status,
    @Schema(
            description = "Date the figure holds as of; absent when the source does not say.",
            nullable = true)
        LocalDate asOf,
    @Schema(description = "For a rate, the period it is counted over.", nullable = true)
        String period,
    @Schema(description = "The figure's original wording.") String wording,
    @Schema(description = "How the wording was read into numbers.", nullable = true) String note,
    @Schema(
            description =
                "True while no newer figure of the stage supersedes it and it is not deprecated."
                    + " Competing figures (docs/competing-figures.md) are all current; the"
                    + " statistics say which one counts.")
        boolean current,
    @Schema(description = "Id of the figure this one superseded.", nullable = true) Long supersedes,
    @Schema(description = "When the service recorded the figure.") Instant recordedAt,
    @Schema(description = "When a newer figure superseded it.", nullable = true)
        Instant supersededAt,
    @Schema(description = "Ids (within the funnel) of the statements the figure rests on.")
        List<String> statementIds,
    @Schema(description = "The figure split along one dimension, if it is.", nullable = true)
        BreakdownSpec breakdown,
    @Schema(
            description = "How an editor weighs the figure: preferred, normal or deprecated.",
            examples = "normal")
        FigureRank rank,
    @Schema(description = "Why the figure has its rank.", nullable = true) String rankReason,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static FigureView of(Figure f) {
    return new FigureView(
        f.id,
        f.funnel.id,
        f.stage.key,
        f.sequence,
        f.count,
        f.low,
        f.high,
        f.approximate,
        f.status,
        f.asOf,
        f.period,
        f.wording,
        f.note,
        f.isCurrent(),
        f.supersedes == null ? null : f.supersedes.id,
        f.recordedAt,
        f.supersededAt,
        f.statements.stream().map(s -> s.key).toList(),
        BreakdownSpec.of(f),
        f.rank,
        f.rankReason,
        f.version);
  }

  /** The figure as a funnel document writes it. */
  public static FigureSpec spec(Figure f) {
    return new FigureSpec(
        f.stage.key,
        f.count,
        f.low,
        f.high,
        f.approximate ? Boolean.TRUE : null,
        f.status,
        f.asOf,
        f.period,
        f.wording,
        f.note,
        f.statements.stream().map((Statement s) -> s.key).toList(),
        BreakdownSpec.of(f),
        f.rank == FigureRank.NORMAL ? null : f.rank,
        f.rankReason,
        f.sequence,
        f.supersedes == null ? null : f.supersedes.sequence);
  }

  /** Strong ETag of a figure version; the one path for reads and conditional writes. */
  public static String etag(long id, long version) {
    return ETags.of("figure", id, version);
  }

  public String etag() {
    return etag(id, version);
  }
}
