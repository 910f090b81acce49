package org.casefunnel.text;

/**
 * A W3C Web Annotation TextQuoteSelector: the exact text with up to {@link #CONTEXT_LENGTH} code
 * points either side, the same convention as {@code org.casefunnel.text.QuoteLocator}.
 */
public record TextQuoteSelector(String prefix, String exact, String suffix) {

  public static final int CONTEXT_LENGTH = 32;

  public static TextQuoteSelector of(String text, int charStart, int charEnd) {
    int before = Math.min(CONTEXT_LENGTH, text.codePointCount(0, charStart));
    int after = Math.min(CONTEXT_LENGTH, text.codePointCount(charEnd, text.length()));
    return new TextQuoteSelector(
        text.substring(text.offsetByCodePoints(charStart, -before), charStart),
        text.substring(charStart, charEnd),
        text.substring(charEnd, text.offsetByCodePoints(charEnd, after)));
  }
}
