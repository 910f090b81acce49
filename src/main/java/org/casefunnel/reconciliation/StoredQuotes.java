package org.casefunnel.reconciliation;

import java.util.Map;
import org.casefunnel.text.QuoteLocator;

/**
 * Whether a stored statement of the source already quotes what the reconciliation read, so that it
 * is cited and never proposed a second time. Quotes and sentences are compared as {@link
 * QuoteLocator} finds quotes in a source (spaces and line breaks alike, typographic and straight
 * quotation marks alike, dashes alike), and only whole words match whole words: "3 were charged."
 * is not within "13 were charged.".
 */
final class StoredQuotes {

  private StoredQuotes() {}

  /** The text as compared. */
  static String normalised(String text) {
    return QuoteLocator.comparable(text);
  }

  /**
   * The stored statement quoting the whole sentence: word for word, or in a longer quote (the
   * sentence splitter may cut where the editor did not, at a line break); null if none.
   */
  static String holding(Map<String, String> quotedAlready, String sentence) {
    String s = normalised(sentence);
    String exact = quotedAlready.get(s);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : quotedAlready.entrySet()) {
      if (containsWords(e.getKey(), s)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The stored statement quoting part of the sentence that holds the quantity's words ("We now
   * expect around 90 cases ..." of "Raj Okafor said: "We now expect around 90 cases ...""); null if
   * none. A quote of one or two words is no quote of the sentence.
   */
  static String within(Map<String, String> quotedAlready, String sentence, String wording) {
    String s = normalised(sentence);
    String w = normalised(wording);
    for (Map.Entry<String, String> e : quotedAlready.entrySet()) {
      String quote = e.getKey();
      if (quote.split(" ").length > 2 && containsWords(quote, w) && containsWords(s, quote)) {
        return e.getValue();
      }
    }
    return null;
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
