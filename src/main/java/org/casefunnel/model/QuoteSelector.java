package org.casefunnel.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a quote stands in its source text, as W3C Web Annotation selectors. */
@Schema(
    name = "QuoteSelector",
    description =
        "Where the quote stands in the stored source text: a TextPositionSelector (start, end in"
            + " Unicode code points, end exclusive) and a TextQuoteSelector (prefix, exact, suffix).")
public record QuoteSelector(
    @Schema(description = "Offset of the first character of the quote.", examples = "1034")
        int start,
    @Schema(description = "Offset just past the last character of the quote.", examples = "1120")
        int end,
    @Schema(description = "Up to 32 characters before the quote.") String prefix,
    @Schema(description = "The quote exactly as the source text has it.") String exact,
    @Schema(description = "Up to 32 characters after the quote.") String suffix) {

  /** The selector of a located statement, or null when its source has no text. */
  public static QuoteSelector of(Statement s, String sourceText) {
    if (s.quoteStart == null || sourceText == null) {
      return null;
    }
    int from = sourceText.offsetByCodePoints(0, s.quoteStart);
    int to = sourceText.offsetByCodePoints(from, s.quoteEnd - s.quoteStart);
    return new QuoteSelector(
        s.quoteStart, s.quoteEnd, s.quotePrefix, sourceText.substring(from, to), s.quoteSuffix);
  }
}
