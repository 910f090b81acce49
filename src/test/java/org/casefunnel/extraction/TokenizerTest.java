package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  /** The typographic group separators, and every other space character. */
  private static final String TYPOGRAPHIC = "[\\u00A0\\u2007\\u2009\\u202F]";

  private static final String OTHER_SPACE = "[\\p{Zs}&&[^\\u00A0\\u2007\\u2009\\u202F]]";

  /** Digits grouped by spaces are not glued to a sign, slash or dash, and do not start with 0. */
  private static String spaceGrouped(String separator) {
    return "(?<![+/\\-\\u2013])[1-9]\\d{0,2}(?:" + separator + "\\d{3})+(?!\\d)";
  }

  /** A number's digits, groups and decimals, before any letters; atomic, as the scanner reads. */
  private static final String DIGITS =
      "(?>(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|" + spaceGrouped(TYPOGRAPHIC) + "|\\d+)(?:\\.\\d+)?)";

  /** What an unreadable number runs on with. */
  private static final String RUN_ON = "(?:[\\p{L}\\d]|[,.](?=\\d)|(?<=[eE])[+-](?=\\d))";

  /** The grammar as a regular expression: the reference for what a token is. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<code>\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?!\\d))"
              + "|(?<unreadable>(?>"
              + spaceGrouped(OTHER_SPACE)
              + ")"
              + RUN_ON
              + "*|"
              + DIGITS
              + "(?=[,.]\\d|\\p{L}+\\d|[eE][+-]\\d)"
              + RUN_ON
              + "+)"
              + "|(?<number>"
              + DIGITS
              + "\\p{L}*)"
              + "|(?<word>\\p{L}(?:[\\p{L}\\p{N}]|['\u2019](?=\\p{L}))*)"
              + "|(?<symbol>[^\\s\\p{Zs}])");

  private static List<Token> reference(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      Token.Kind kind =
          m.group("code") != null
              ? Token.Kind.CODE
              : m.group("unreadable") != null
                  ? Token.Kind.UNREADABLE
                  : m.group("number") != null
                      ? Token.Kind.NUMBER
                      : m.group("word") != null ? Token.Kind.WORD : Token.Kind.SYMBOL;
      boolean newline = text.substring(previousEnd, m.start()).indexOf('\n') >= 0;
      tokens.add(new Token(kind, m.group(), m.start(), m.end(), newline));
      previousEnd = m.end();
    }
    return tokens;
  }

  @Property(tries = 3000)
  void readsTheSameTokensAsTheRegularExpressionItReplaced(@ForAll("hostile") String text) {
    assertThat(Tokenizer.tokenize(text)).isEqualTo(reference(text));
  }

  @Property(tries = 1000)
  void readsPartOfATextAsIfTheTextEndedThere(@ForAll("hostile") String text) {
    int from = text.length() / 3;
    int limit = from + (text.length() - from) / 2;
    List<Token> expected = new ArrayList<>();
    for (Token t : reference(text.substring(from, limit))) {
      expected.add(
          new Token(t.kind(), t.text(), t.start() + from, t.end() + from, t.newlineBefore()));
    }
    assertThat(Tokenizer.tokenize(text, from, limit, Integer.MAX_VALUE)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings()
        .withChars(
            "0123456789,,..--//''\u2019   \n\t\u000B\u00A0\u202F\u3000aeEmZ\u00E9\u00B2\u216B%+:")
        .withChars("\uD835\uDD18\uD800")
        .ofMaxLength(40);
  }

  @Test
  void aWordOfTwoThousandLettersIsOneLongTokenNotAStackOverflow() {
    String word = "a".repeat(2_000);
    List<Token> tokens = Tokenizer.tokenize("He said " + word + " twice");
    assertThat(tokens).extracting(Token::kind).contains(Token.Kind.LONG);
    assertThat(tokens).extracting(Token::text).containsExactly("He", "said", word, "twice");
  }

  @Test
  void wordsAndNumbersUpToTheLimitStayWordsAndNumbers() {
    String word = "b".repeat(Tokenizer.MAX_TOKEN_LENGTH);
    String number = "9".repeat(Tokenizer.MAX_TOKEN_LENGTH);
    assertThat(Tokenizer.tokenize(word + " " + number))
        .extracting(Token::kind)
        .containsExactly(Token.Kind.WORD, Token.Kind.NUMBER);
    assertThat(Tokenizer.tokenize(number + "9"))
        .extracting(Token::kind)
        .containsExactly(Token.Kind.LONG);
  }

  @Test
  void readsDigitsGroupedByTypographicSpacesAsOneNumber() {
    assertThat(Tokenizer.tokenize("9\u00A0000 cases, 1\u2009200 and 2\u202F500\u202F000; 3 March"))
        .filteredOn(t -> t.kind() == Token.Kind.NUMBER)
        .extracting(Token::digits)
        .containsExactly("9000", "1200", "2500000", "3");
  }

  @Test
  void readsDigitsGroupedByAPlainSpaceAsNeitherReading() {
    // nine thousand, or a day and a count: the writer's meaning cannot be told
    assertThat(Tokenizer.tokenize("9 000 cases; on March 3 200 were closed; Total 120 340 560"))
        .filteredOn(t -> t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.SYMBOL)
        .extracting(Token::kind, Token::text)
        .containsExactly(
            tuple(Token.Kind.UNREADABLE, "9 000"),
            tuple(Token.Kind.UNREADABLE, "3 200"),
            tuple(Token.Kind.UNREADABLE, "120 340 560"));
  }

  @Test
  void doesNotGroupDigitsGluedToASignSlashOrDash() {
    assertThat(Tokenizer.tokenize("+1\u00A0202 555, 2019/20 350 and 2014-19\u00A0200"))
        .filteredOn(t -> t.kind() == Token.Kind.NUMBER)
        .extracting(Token::text)
        .containsExactly("1", "2019", "20", "350", "2014", "19", "200");
  }

  @Test
  void keepsANumberInANotationItDoesNotKnowWhole() {
    assertThat(Tokenizer.tokenize("2,5 thousand, 1.200.000 files, 1e6 and 1E-6.The 5m-10m"))
        .extracting(Token::kind, Token::text)
        .containsExactly(
            tuple(Token.Kind.UNREADABLE, "2,5"),
            tuple(Token.Kind.WORD, "thousand"),
            tuple(Token.Kind.SYMBOL, ","),
            tuple(Token.Kind.UNREADABLE, "1.200.000"),
            tuple(Token.Kind.WORD, "files"),
            tuple(Token.Kind.SYMBOL, ","),
            tuple(Token.Kind.UNREADABLE, "1e6"),
            tuple(Token.Kind.WORD, "and"),
            tuple(Token.Kind.UNREADABLE, "1E-6"),
            tuple(Token.Kind.SYMBOL, "."),
            tuple(Token.Kind.WORD, "The"),
            tuple(Token.Kind.NUMBER, "5m"),
            tuple(Token.Kind.SYMBOL, "-"),
            tuple(Token.Kind.NUMBER, "10m"));
  }

  @Test
  void readsOnlyAsManyTokensAsAsked() {
    assertThat(Tokenizer.tokenize("one two three four", 4, 18, 2))
        .extracting(Token::text)
        .containsExactly("two", "three");
  }
}
