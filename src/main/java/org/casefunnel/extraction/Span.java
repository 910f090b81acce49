package org.casefunnel.extraction;

import org.casefunnel.text.TextOffsets;

/**
 * A stretch of the parsed input: UTF-16 char offsets (end exclusive) and the text between them, so
 * that {@code input.substring(start, end).equals(text)} always holds.
 */
public record Span(int start, int end, String text) {

  public Span {
    if (start < 0 || end < start || text == null || text.length() != end - start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text);
    }
  }

  static Span of(String input, int start, int end) {
    return new Span(start, end, input.substring(start, end));
  }

  Span shiftedBy(int delta) {
    return new Span(start + delta, end + delta, text);
  }

  /** Offsets in code points as well, as the W3C Web Annotation selectors want them. */
  public TextOffsets offsetsIn(String input) {
    return TextOffsets.of(input, start, end);
  }
}
