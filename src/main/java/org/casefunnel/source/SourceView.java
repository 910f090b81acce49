package org.casefunnel.source;

import java.time.LocalDate;
import org.casefunnel.common.web.ETags;
import org.casefunnel.model.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API shows it. */
@Schema(name = "Source", description = "A document that figures come from.")
public record SourceView(
    @Schema(description = "Server id of the source.", examples = "1") long id,
    @Schema(description = "Funnel the source belongs to.", examples = "met-group-cse-review")
        String funnelId,
    @Schema(description = "Id of the source within its funnel document.", examples = "s1")
        String key,
    @Schema(description = "Title of the document.") String title,
    @Schema(description = "Who published it.", nullable = true) String publisher,
    @Schema(description = "Where it can be read.", nullable = true, format = "uri") String url,
    @Schema(description = "Publication date; null when unknown.", nullable = true)
        LocalDate publishedOn,
    @Schema(description = "Date the text was retrieved; null when unknown.", nullable = true)
        LocalDate retrievedOn,
    @Schema(description = "Whether the full text is stored (quotes are then checked against it).")
        boolean hasText,
    @Schema(description = "Full text, when requested and stored.", nullable = true) String text,
    @Schema(description = "Version for optimistic concurrency.") long version) {

  public static SourceView of(Source s, boolean withText) {
    return new SourceView(
        s.id,
        s.funnel.id,
        s.key,
        s.title,
        s.publisher,
        s.url,
        s.publishedOn,
        s.retrievedOn,
        s.text != null,
        withText ? s.text : null,
        s.version);
  }

  /** Strong ETag of a source version; the one path for reads and conditional writes. */
  public static String etag(long id, long version) {
    return ETags.of("source", id, version);
  }

  public String etag() {
    return etag(id, version);
  }
}
