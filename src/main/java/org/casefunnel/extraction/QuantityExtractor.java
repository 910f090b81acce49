package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quantity in a text, with its sentence, selectors, counted noun and suggested speaker.
 * Stateless and thread-safe; speaker resolution starts afresh for each text.
 *
 * <p>Cost is linear in the text's length: sentences are at most {@link SentenceSplitter#MAX_LENGTH}
 * chars (longer ones are cut into windows), each is tokenized once, code point offsets are looked
 * up rather than counted from the start, and no more than {@code maxSuggestions} are collected.
 */
public final class QuantityExtractor {

  /** Suggestions one extraction collects by default. */
  public static final int DEFAULT_MAX_SUGGESTIONS = 1_000;

  private final QuantityParser parser = new QuantityParser();
  private final int maxSuggestions;

  public QuantityExtractor() {
    this(DEFAULT_MAX_SUGGESTIONS);
  }

  public QuantityExtractor(int maxSuggestions) {
    if (maxSuggestions < 1) {
      throw new IllegalArgumentException("maxSuggestions must be positive: " + maxSuggestions);
    }
    this.maxSuggestions = maxSuggestions;
  }

  /** The quantities of a text, up to the suggestion limit, with no deadline. */
  public List<ExtractedQuantity> extract(String text) {
    return extract(text, Budget.UNLIMITED).quantities();
  }

  /** The quantities of a text, stopping early at the suggestion limit or when the budget ends. */
  public ExtractionResult extract(String text, Budget budget) {
    CodePoints codePoints = CodePoints.of(text);
    List<Sentence> sentences =
        SentenceSplitter.split(text, codePoints, SentenceSplitter.MAX_LENGTH);
    SpeakerResolver speakers = new SpeakerResolver();
    List<ExtractedQuantity> out = new ArrayList<>();
    NounPhrase lastNoun = null;
    for (Sentence sentence : sentences) {
      Truncation stop = budget.exhausted();
      if (stop != null) {
        return new ExtractionResult(out, stop, codePoints.at(sentence.charStart()));
      }
      SpeakerSuggestion speaker = speakers.next(sentence);
      NounPhrase earlier = lastNoun;
      NounPhrase inSentence = null;
      // Parsed per sentence so that no range, rate or noun reaches into the next one.
      for (Quantity local : parser.parseAll(sentence.text())) {
        Quantity q = local.shiftedBy(sentence.charStart());
        int start = q.span().start();
        int end = q.span().end();
        if (cutAt(text, sentence, start, end)) {
          continue; // part of a number cut in two by a sentence window: its value is unknown
        }
        if (out.size() == maxSuggestions) {
          return new ExtractionResult(out, Truncation.SUGGESTION_LIMIT, codePoints.at(start));
        }
        NounPhrase noun =
            NounFinder.find(text, end, sentence.charEnd(), inSentence, earlier, q.isShare());
        if (noun != null) {
          inSentence = noun;
          lastNoun = noun;
        }
        out.add(
            new ExtractedQuantity(
                q,
                codePoints.offsets(start, end),
                codePoints.quote(start, end),
                sentence,
                noun,
                speaker));
      }
    }
    return new ExtractionResult(out, null, codePoints.at(text.length()));
  }

  /**
   * Whether [start, end) touches a window edge that falls inside a word: sentences end before a
   * space or at the end of the text, windows cut where there was no space end inside one.
   */
  private static boolean cutAt(String text, Sentence sentence, int start, int end) {
    int s = sentence.charStart();
    int e = sentence.charEnd();
    boolean cutBefore = start == s && s > 0 && !Character.isWhitespace(text.charAt(s - 1));
    boolean cutAfter = end == e && e < text.length() && !Character.isWhitespace(text.charAt(e));
    return cutBefore || cutAfter;
  }

  /** The sentences as the extractor sees them, for callers that show context. */
  public List<Sentence> sentences(String text) {
    return SentenceSplitter.split(text);
  }
}
