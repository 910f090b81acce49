package org.casefunnel.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an extraction found in a text: suggestions only, nothing is stored. */
@Schema(
    name = "Extraction",
    description =
        "Every quantity stated in a text, as suggestions for an editor to accept into a funnel"
            + " (through the normal API or a funnel document). Nothing is stored.")
public record ExtractionView(
    @Schema(
            description = "Server id of the source, when a stored source was read.",
            nullable = true)
        Long sourceId,
    @Schema(description = "Length of the text read, in Unicode code points.", examples = "3410")
        int textLength,
    @Schema(
            description =
                "The quantities found, in text order; at most the configured suggestion limit"
                    + " (1,000 by default).")
        List<FoundQuantity> quantities,
    @Schema(
            description =
                "The sentences the quantities stand in, each once, in text order; a quantity"
                    + " names its sentence by index. Sentences longer than 1,000 characters are"
                    + " read in windows of at most that length.")
        List<SentenceView> sentences,
    @Schema(
            description =
                "True when the text was not read to its end: the suggestion limit was reached or"
                    + " the time for one request ran out (see truncation and readUpTo).")
        boolean truncated,
    @Schema(
            description = "Why the text was not read to its end; null when it was.",
            enumeration = {"suggestion_limit", "deadline", "abandoned"},
            nullable = true)
        String truncation,
    @Schema(
            description =
                "Code point offset the reading reached: textLength when the whole text was read;"
                    + " else where the first quantity or sentence left unread starts.",
            examples = "3410")
        int readUpTo) {

  /** One quantity found, with everything needed to cite it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "FoundQuantity",
      description = "A quantity stated in the text: a suggestion, not a fact.")
  public record FoundQuantity(
      @Schema(description = "Always true: an editor must accept it before it becomes a figure.")
          boolean suggestion,
      @Schema(
              description = "The words of the quantity, exactly as in the text.",
              examples = "maybe 2,000 or 3,000")
          String wording,
      @Schema(
              description =
                  "Where the quantity stands: code point offsets, end exclusive (TextPositionSelector).")
          Position position,
      @Schema(description = "TextQuoteSelector of the quantity: up to 32 characters either side.")
          Selector selector,
      @Schema(
              description =
                  "The sentence it stands in: its index in sentences, and its offsets. (Its text"
                      + " is in sentences, once per sentence.)")
          SentenceRef sentence,
      @Schema(description = "What was stated.") Value value,
      @Schema(description = "What it counts, when the text says.", nullable = true) Noun noun,
      @Schema(description = "Who the sentence attributes it to, when it does.", nullable = true)
          Speaker speaker,
      @Schema(
              description =
                  "A figure draft for a count, ready to complete with a stage, status and statements.",
              nullable = true)
          FigureDraft figure,
      @Schema(
              description =
                  "Why the suggestion needs a closer look, such as a number too large to be a"
                      + " count (no figure draft then).",
              nullable = true,
              examples =
                  "Too large to be a count: a figure holds whole numbers up to"
                      + " 1,000,000,000,000 (10^12), so there is no figure draft.")
          String note) {}

  @Schema(name = "TextPosition", description = "Offsets in Unicode code points; end exclusive.")
  public record Position(
      @Schema(description = "First code point.", examples = "1034") int start,
      @Schema(description = "Just past the last code point.", examples = "1054") int end) {}

  @Schema(name = "TextQuote", description = "W3C TextQuoteSelector.")
  public record Selector(
      @Schema(description = "Text just before.") String prefix,
      @Schema(description = "The quantity's words.") String exact,
      @Schema(description = "Text just after.") String suffix) {}

  @Schema(
      name = "SentenceRef",
      description = "The sentence a quantity stands in: an index into the extraction's sentences.")
  public record SentenceRef(
      @Schema(description = "Index of the sentence in sentences.", examples = "0") int index,
      @Schema(description = "Its offsets, in code points.") Position position) {}

  @Schema(name = "ExtractedSentence", description = "A sentence of the text.")
  public record SentenceView(
      @Schema(description = "Its index in sentences.", examples = "0") int index,
      @Schema(description = "The sentence (or window of a long one).") String text,
      @Schema(description = "Its offsets, in code points.") Position position) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "StatedValue",
      description =
          "The parsed value: a count interval (low, high; no high when open-ended) or a share of"
              + " something else (shareLow, shareHigh in [0, 1]).")
  public record Value(
      @Schema(
              description = "How the interval relates to the words.",
              enumeration = {"exact", "approximate", "at_least", "at_most", "range", "vague"})
          String bound,
      @Schema(description = "True when the text hedges (around, maybe, tens of).")
          boolean approximate,
      @Schema(
              description =
                  "Lowest count the words allow; absent for a share, and for a count above what"
                      + " a figure holds (10^12; see the note).",
              nullable = true)
          BigDecimal low,
      @Schema(
              description = "Highest count the words allow; absent when open-ended, and with low.",
              nullable = true)
          BigDecimal high,
      @Schema(description = "Lowest share, for a share of something else.", nullable = true)
          BigDecimal shareLow,
      @Schema(description = "Highest share.", nullable = true) BigDecimal shareHigh,
      @Schema(
              description = "Period of a rate.",
              enumeration = {"day", "week", "month", "quarter", "year"},
              nullable = true)
          String period) {}

  @Schema(name = "CountedNoun", description = "What a quantity counts.")
  public record Noun(
      @Schema(description = "The noun phrase.", examples = "sexual offences") String text,
      @Schema(description = "Its head noun.", examples = "offences") String head,
      @Schema(description = "True when taken from an earlier quantity (\"2,200 of them\").")
          boolean inferred) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "SpeakerSuggestion",
      description = "Who the sentence attributes the quantity to: a suggestion.")
  public record Speaker(
      @Schema(description = "Name as resolved.", examples = "Sir Mark Rowley") String name,
      @Schema(description = "Role the text gives.", nullable = true) String role,
      @Schema(description = "Confidence in [0, 1].", examples = "0.85") double confidence,
      @Schema(
              description = "How the speaker was found.",
              enumeration = {
                "named",
                "alias",
                "role",
                "organisation",
                "pronoun",
                "continuation",
                "unresolved"
              })
          String basis,
      @Schema(description = "The attributing words.", examples = "Sir Mark said")
          String evidence) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "FigureDraft", description = "The value part of a figure (see FigureSpec).")
  public record FigureDraft(
      @Schema(nullable = true, description = "Count, for a single number.") Long count,
      @Schema(nullable = true, description = "Lower end of a range.") Long low,
      @Schema(nullable = true, description = "Upper end of a range.") Long high,
      @Schema(description = "Whether the words hedge.") boolean approximate,
      @Schema(
              nullable = true,
              description =
                  "Period of a rate: day, week, month, quarter or year, as a figure's period.")
          String period,
      @Schema(description = "The original wording.") String wording) {}

  static String wire(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }
}
