package org.casefunnel.reconciliation;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a stored statement of the source already quotes what the reconciliation read, so that it
 * is cited and never proposed a second time. Quotes and sentences are compared as a reader would:
 * spaces and line breaks alike, straight and typographic quotation marks and apostrophes alike,
 * dashes alike, Unicode compatibility forms alike.
 */
final class StoredQuotes {

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern SINGLE = Pattern.compile("[\u2018\u2019\u201a\u201b\u2032\u00b4`]");
  private static final Pattern DOUBLE =
      Pattern.compile("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]");
  private static final Pattern DASHES =
      Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");

  private StoredQuotes() {}

  /** The text as compared: one form of each character a reader takes for the same. */
  static String normalised(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    t = SINGLE.matcher(t).replaceAll("'");
    t = DOUBLE.matcher(t).replaceAll("\"");
    t = DASHES.matcher(t).replaceAll("-");
    return SPACES.matcher(t).replaceAll(" ").strip();
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
      if (e.getKey().contains(s)) {
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
      if (quote.contains(w) && s.contains(quote) && quote.split(" ").length > 2) {
        return e.getValue();
      }
    }
    return null;
  }
}
