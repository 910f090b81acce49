package org.casefunnel.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.text.QuoteLocator;

/**
 * Whether a stored statement of the source already quotes what the reconciliation read, so that it
 * is cited and never proposed a second time: one whose quote is the sentence or holds it (compared
 * as {@link QuoteLocator} compares quotes: spaces, line breaks, quotation marks and dashes alike;
 * whole words only, so "3 were charged." is not within "13 were charged."), or one whose quote,
 * located in the source text, covers the quantity's own words (a quote of the words inside a
 * sentence's quotation marks, or one that runs on into the next sentence).
 */
final class StoredQuotes {

  /** A source the patch adds has no statements yet. */
  static final StoredQuotes NONE = new StoredQuotes(Map.of(), List.of());

  /** Where a statement's quote stands in the source text: code points, end exclusive. */
  private record Span(String key, int start, int end) {}

  private final Map<String, String> byQuote;
  private final List<Span> spans;

  private StoredQuotes(Map<String, String> byQuote, List<Span> spans) {
    this.byQuote = byQuote;
    this.spans = spans;
  }

  /** The statements of a stored source, by key in the order stored, and its text. */
  static StoredQuotes of(String sourceText, Map<String, String> quoteByKey) {
    Map<String, String> byQuote = new LinkedHashMap<>();
    List<Span> spans = new ArrayList<>();
    quoteByKey.forEach(
        (key, quote) -> {
          byQuote.putIfAbsent(normalised(quote), key);
          QuoteLocator.locate(sourceText, quote)
              .ifPresent(at -> spans.add(new Span(key, at.start(), at.end())));
        });
    return new StoredQuotes(byQuote, spans);
  }

  /** The text as compared. */
  static String normalised(String text) {
    return QuoteLocator.comparable(text);
  }

  /**
   * The stored statement quoting the whole sentence: word for word, or in a longer quote (the
   * sentence splitter may cut where the editor did not, at a line break); null if none.
   */
  String holding(String sentence) {
    String s = normalised(sentence);
    String exact = byQuote.get(s);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : byQuote.entrySet()) {
      if (containsWords(e.getKey(), s)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The stored statement whose quote covers the quantity's words at {@code start} to {@code end}
   * (code points of the source text), the shortest such quote first; null if none.
   */
  String covering(int start, int end) {
    Span best = null;
    for (Span s : spans) {
      if (s.start() <= start
          && end <= s.end()
          && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    return best == null ? null : best.key();
  }

  /** Whether {@code part} stands in {@code text} with no letter or digit joined to either end. */
  static boolean containsWords(String text, String part) {
    if (part.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      int end = at + part.length();
      if ((at == 0 || !wordChar(text.codePointBefore(at), part.codePointAt(0)))
          && (end == text.length()
              || !wordChar(text.codePointAt(end), part.codePointBefore(part.length())))) {
        return true;
      }
    }
    return false;
  }

  /** A letter or digit outside that would join a letter or digit at the part's edge. */
  private static boolean wordChar(int outside, int edge) {
    return Character.isLetterOrDigit(outside) && Character.isLetterOrDigit(edge);
  }
}
