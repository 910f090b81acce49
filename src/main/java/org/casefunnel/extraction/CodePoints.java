package org.casefunnel.extraction;

import java.util.Arrays;
import org.casefunnel.text.TextOffsets;
import org.casefunnel.text.TextQuoteSelector;

/**
 * Code point offsets of one text, found in O(log n) instead of by counting from the start, which
 * made every quantity of a long text cost the length of the text. Gives the same answers as {@link
 * TextOffsets#of} and {@link TextQuoteSelector#of}.
 */
final class CodePoints {

  private final String text;

  /** Index of the low surrogate of every surrogate pair, ascending. */
  private final int[] pairEnds;

  private CodePoints(String text, int[] pairEnds) {
    this.text = text;
    this.pairEnds = pairEnds;
  }

  static CodePoints of(String text) {
    int[] ends = new int[8];
    int n = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i))
          && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (n == ends.length) {
          ends = Arrays.copyOf(ends, n * 2);
        }
        ends[n++] = i;
        i++; // a low surrogate cannot start the next pair
      }
    }
    return new CodePoints(text, Arrays.copyOf(ends, n));
  }

  /** {@code text.codePointCount(0, charIndex)}. */
  int at(int charIndex) {
    return charIndex - pairsBefore(charIndex);
  }

  /** {@code TextOffsets.of(text, charStart, charEnd)}. */
  TextOffsets offsets(int charStart, int charEnd) {
    int start = at(charStart);
    // pairs wholly inside [charStart, charEnd) have their low surrogate in [charStart + 1, charEnd)
    int inside = pairsBefore(charEnd) - pairsBefore(Math.min(charStart + 1, charEnd));
    return new TextOffsets(charStart, charEnd, start, start + (charEnd - charStart) - inside);
  }

  /** {@code TextQuoteSelector.of(text, charStart, charEnd)}: 32 code points either side at most. */
  TextQuoteSelector quote(int charStart, int charEnd) {
    int before = charStart;
    for (int n = 0; n < TextQuoteSelector.CONTEXT_LENGTH && before > 0; n++) {
      before--;
      if (before > 0
          && Character.isLowSurrogate(text.charAt(before))
          && Character.isHighSurrogate(text.charAt(before - 1))) {
        before--;
      }
    }
    int after = charEnd;
    for (int n = 0; n < TextQuoteSelector.CONTEXT_LENGTH && after < text.length(); n++) {
      boolean pair =
          Character.isHighSurrogate(text.charAt(after))
              && after + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(after + 1));
      after += pair ? 2 : 1;
    }
    return new TextQuoteSelector(
        text.substring(before, charStart),
        text.substring(charStart, charEnd),
        text.substring(charEnd, after));
  }

  /** How many pairs end before charIndex. */
  private int pairsBefore(int charIndex) {
    int found = Arrays.binarySearch(pairEnds, charIndex);
    return found >= 0 ? found : -found - 1;
  }
}
