package org.casefunnel.statement;

import java.time.LocalDate;
import org.casefunnel.common.web.ETags;
import org.casefunnel.model.QuoteSelector;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement as the API shows it. */
@Schema(name = "Statement", description = "What someone said in a source.")
public record StatementView(
    @Schema(description = "Server id of the statement.", examples = "3") long id,
    @Schema(description = "Funnel the statement belongs to.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Id of the statement within its funnel document.", examples = "st1")
        String key,
    @Schema(description = "Server id of the source.", examples = "1") long sourceId,
    @Schema(description = "Id of the source within its funnel document.", examples = "s1")
        String sourceKey,
    @Schema(description = "Who said it.", examples = "Sir Mark Rowley") String speaker,
    @Schema(description = "The speaker's role.", nullable = true) String speakerRole,
    @Schema(description = "Where or on what occasion it was said.", nullable = true) String venue,
    @Schema(description = "When it was said; null when the source does not say.", nullable = true)
        LocalDate madeOn,
    @Schema(description = "How the source renders it.") StatementKind kind,
    @Schema(description = "The words exactly as they stand in the source.") String quote,
    @Schema(
            description =
                "Where the quote stands in the source text; null when the source has no stored text.",
            nullable = true)
        QuoteSelector selector,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static StatementView of(Statement s) {
    return new StatementView(
        s.id,
        s.funnel.id,
        s.key,
        s.source.id,
        s.source.key,
        s.speaker,
        s.speakerRole,
        s.venue,
        s.madeOn,
        s.kind,
        s.quote,
        QuoteSelector.of(s, s.source.text),
        s.version);
  }

  /** Strong ETag of a statement version; the one path for reads and conditional writes. */
  public static String etag(long id, long version) {
    return ETags.of("statement", id, version);
  }

  public String etag() {
    return etag(id, version);
  }
}
