package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casefunnel.text.TextOffsets;

/**
 * Splits text into sentences for attribution. A sentence ends at . ! or ? (with any closing quotes)
 * before a capital, a digit or an opening quote; at a blank line; and at a line break unless the
 * next line carries on in lowercase, since web pages put headlines and captions on lines of their
 * own without a full stop.
 */
final class SentenceSplitter {

  /** Words that take a full stop without ending the sentence: "St. Paul's", "Dr. Smith". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Prof", "Cllr", "No", "Nos", "Sgt", "Insp",
          "Supt", "Det", "Ch", "Con", "PC", "DC", "DS", "DI", "Gov", "Rev", "Hon", "Gen", "Col",
          "Capt", "Lt", "vs", "approx", "Inc", "Ltd", "Co", "Corp", "Fig", "para", "cf", "al",
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  private static final String CLOSERS = "\"'\u2019\u201D)]";
  private static final String OPENERS = "\"'\u2018\u201C([";

  private SentenceSplitter() {}

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '.' || c == '!' || c == '?') {
        end = terminalEnd(text, i);
      } else if (c == '\n' && lineBreakEnds(text, i)) {
        end = i;
      }
      if (end >= 0) {
        add(text, start, end, sentences);
        start = end;
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    add(text, start, text.length(), sentences);
    return sentences;
  }

  /** The end of a sentence closed by the terminal at i, or -1 if it does not close one. */
  private static int terminalEnd(String text, int i) {
    int j = i + 1;
    while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      return -1; // "1.2", "e.g.x", "gov.uk"
    }
    if (text.charAt(i) == '.' && isAbbreviation(text, i)) {
      return -1;
    }
    int k = j;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k == text.length()) {
      return j;
    }
    char next = text.charAt(k);
    boolean starts =
        Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
    return starts ? j : -1;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    String word = text.substring(k, dot);
    return word.length() == 1 || ABBREVIATIONS.contains(word); // initials: "J. Smith", "e.g."
  }

  private static boolean lineBreakEnds(String text, int i) {
    int k = i + 1;
    while (k < text.length() && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length() || text.charAt(k) == '\n') {
      return true; // blank line
    }
    return !Character.isLowerCase(text.charAt(k));
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(new Sentence(text.substring(start, end), TextOffsets.of(text, start, end)));
    }
  }
}
