package org.casefunnel.reconciliation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.casefunnel.model.Keys;
import org.casefunnel.model.WebAddresses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to reconcile: a stored source of the funnel (by id or key), or a new one with its text. */
@Schema(
    name = "ReconciliationRequest",
    description = "Exactly one of sourceId, sourceKey or source.")
public record ReconciliationRequest(
    @Schema(description = "Server id of a stored source of the funnel.", nullable = true)
        @Min(1)
        @Max(Long.MAX_VALUE)
        Long sourceId,
    @Schema(description = "Key of a stored source of the funnel.", nullable = true, examples = "s1")
        @Size(max = 100)
        String sourceKey,
    @Schema(description = "A new source, with its text.", nullable = true) @Valid
        NewSource source) {

  /** A source not stored yet: the patch adds it. */
  @Schema(name = "NewSource", description = "A source to read; the patch adds it to the funnel.")
  public record NewSource(
      @Schema(
              description =
                  "Id (key) the source gets in the patch; by default the first free of"
                      + " reconciled-1, reconciled-2, ...",
              nullable = true,
              examples = "s2")
          @Size(max = 100)
          @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE)
          String id,
      @Schema(description = "Title of the document.") @NotBlank @Size(max = 1000) String title,
      @Schema(description = "Who published it.", nullable = true) @Size(max = 300) String publisher,
      @Schema(description = "Where it can be read.", nullable = true)
          @Size(max = 2000)
          @Pattern(regexp = WebAddresses.PATTERN, message = WebAddresses.MESSAGE)
          String url,
      @Schema(
              description =
                  "Publication date; the date of every figure whose sentence states none. Null"
                      + " when unknown.",
              nullable = true)
          LocalDate publishedOn,
      @Schema(description = "Date the text was retrieved.", nullable = true) LocalDate retrievedOn,
      @Schema(description = "The full text.") @NotBlank @Size(max = 1_000_000) String text) {}
}
