package org.casefunnel.text;

/**
 * The same stretch of text counted two ways: UTF-16 chars (Java strings, JavaScript) and Unicode
 * code points (the W3C Web Annotation TextPositionSelector, which the service reports). Ends are
 * exclusive. They differ only after a character outside the Basic Multilingual Plane.
 */
public record TextOffsets(int charStart, int charEnd, int codePointStart, int codePointEnd) {

  public static TextOffsets of(String text, int charStart, int charEnd) {
    int cpStart = text.codePointCount(0, charStart);
    return new TextOffsets(
        charStart, charEnd, cpStart, cpStart + text.codePointCount(charStart, charEnd));
  }
}
