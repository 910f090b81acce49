package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, numbers and single symbols; whitespace is dropped. */
final class Tokenizer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<code>\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?!\\d))"
              + "|(?<number>(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?\\p{L}*)"
              // Apostrophes only inside a word, so a closing quote is not swallowed: cases'
              + "|(?<word>\\p{L}(?:[\\p{L}\\p{N}]|['\u2019](?=\\p{L}))*)"
              + "|(?<symbol>\\S)");

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      Token.Kind kind =
          m.group("code") != null
              ? Token.Kind.CODE
              : m.group("number") != null
                  ? Token.Kind.NUMBER
                  : m.group("word") != null ? Token.Kind.WORD : Token.Kind.SYMBOL;
      boolean newline = text.substring(previousEnd, m.start()).indexOf('\n') >= 0;
      tokens.add(new Token(kind, m.group(), m.start(), m.end(), newline));
      previousEnd = m.end();
    }
    return tokens;
  }
}
