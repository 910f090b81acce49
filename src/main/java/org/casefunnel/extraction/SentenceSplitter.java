package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /**
   * Label abbreviations that, in any case, do not end a sentence before a digit: "case no. 4521",
   * "ref. 12". Split there, the number would start a sentence of its own with no label before it.
   */
  private static final Set<String> LABEL_ABBREVIATIONS = Set.of("no", "nos", "ref", "vol", "para");

  private static final String CLOSERS = "\"'\u2019\u201D)]";
  private static final String OPENERS = "\"'\u2018\u201C([";

  /**
   * Longest sentence, in chars. A text without full stops would otherwise be one sentence that
   * every quantity in it carries; a longer sentence is cut into windows of at most this length, at
   * a space (after a comma, semicolon or colon if there is one) in the window's second half.
   */
  static final int MAX_LENGTH = 1_000;

  static List<Sentence> split(String text) {
    return split(text, CodePoints.of(text), MAX_LENGTH);
  }

  static List<Sentence> split(String text, CodePoints codePoints, int maxLength) {
    return new SentenceSplitter(text, codePoints, maxLength).run();
  }

  private final String text;
  private final CodePoints codePoints;
  private final int maxLength;
  private final List<Sentence> sentences = new ArrayList<>();

  private SentenceSplitter(String text, CodePoints codePoints, int maxLength) {
    this.text = text;
    this.codePoints = codePoints;
    this.maxLength = Math.max(2, maxLength);
  }

  private List<Sentence> run() {
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
        add(start, end);
        start = end;
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    add(start, text.length());
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
    if (Character.isDigit(next) && text.charAt(i) == '.' && isLabelAbbreviation(text, i)) {
      return -1;
    }
    boolean starts =
        Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
    return starts ? j : -1;
  }

  private static boolean isAbbreviation(String text, int dot) {
    String word = wordBefore(text, dot);
    return word.length() == 1 || ABBREVIATIONS.contains(word); // initials: "J. Smith", "e.g."
  }

  private static boolean isLabelAbbreviation(String text, int dot) {
    return LABEL_ABBREVIATIONS.contains(wordBefore(text, dot).toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return text.substring(k, dot);
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

  /** Adds text[start, end) trimmed, in windows of at most maxLength chars. */
  private void add(int start, int end) {
    start = skipSpace(start, end);
    while (end - start > maxLength) {
      int cut = cut(start, start + maxLength);
      addTrimmed(start, cut);
      start = skipSpace(cut, end);
    }
    addTrimmed(start, end);
  }

  /**
   * Where a window [start, limit) ends: at the last space after a clause mark in its second half,
   * else at its last space there, else at the limit (never inside a surrogate pair).
   */
  private int cut(int start, int limit) {
    int half = start + (limit - start) / 2;
    int space = -1;
    for (int k = limit; k > half; k--) {
      if (Character.isWhitespace(text.charAt(k))) {
        if (",;:".indexOf(text.charAt(k - 1)) >= 0) {
          return k;
        }
        space = space < 0 ? k : space;
      }
    }
    if (space >= 0) {
      return space;
    }
    boolean inPair =
        Character.isLowSurrogate(text.charAt(limit))
            && Character.isHighSurrogate(text.charAt(limit - 1));
    return inPair ? limit - 1 : limit;
  }

  private int skipSpace(int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private void addTrimmed(int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Sentence(text.substring(start, end), codePoints.offsets(start, end)));
    }
  }
}
