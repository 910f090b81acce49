package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks amounts of money ("£9,500", "$15,000", "£2m", "GBP 400", "3,000 euros") and temperatures
 * ("21°C", "21 degrees"), with the whole range they end or begin ("£2,000-3,000", "18-21°C"). The
 * counted noun could tell money from a count, but a stage match does not look at it: a figure
 * missed is better than a payment read as a count of victims.
 */
final class MoneyAndMeasureRefusals {

  private static final String CURRENCY_SYMBOLS = "£$€¥₹";

  private static final Set<String> CURRENCY_CODES =
      Set.of("gbp", "usd", "eur", "jpy", "aud", "cad", "chf", "inr", "rs", "nzd", "sek", "nok");

  private static final Set<String> CURRENCY_WORDS =
      Set.of(
          "pound",
          "pounds",
          "dollar",
          "dollars",
          "euro",
          "euros",
          "pence",
          "penny",
          "p",
          "quid",
          "sterling",
          "yen",
          "gbp",
          "usd",
          "eur");

  private static final Set<String> DEGREES = Set.of("°", "℃", "℉");

  /** A number as written, with an optional suffix: "9500", "2.5m", "3bn", "1.2tn". */
  private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(k|m|bn|tn)?");

  private MoneyAndMeasureRefusals() {}

  static void block(List<Token> tokens, boolean[] blocked) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!Refusals.isNumberish(tokens.get(i))) {
        continue;
      }
      if (isCurrencyBefore(tokens, i)) {
        blocked[i] = true;
        blockRangeAfter(tokens, i, blocked);
      }
      if (isCurrencyOrDegreesAfter(tokens, i)) {
        blocked[i] = true;
        blockRangeBefore(tokens, i, blocked);
      }
    }
  }

  /** "£9,500", "£ 9,500", "US$ 15,000", "GBP 400". */
  private static boolean isCurrencyBefore(List<Token> tokens, int i) {
    Token prev = Refusals.at(tokens, i - 1);
    return prev != null
        && (prev.isSymbol(CURRENCY_SYMBOLS)
            || prev.kind() == Token.Kind.WORD && CURRENCY_CODES.contains(prev.lower()));
  }

  /** "3,000 euros", "2 million pounds", "50 pence", "21°C", "21 degrees". */
  private static boolean isCurrencyOrDegreesAfter(List<Token> tokens, int i) {
    int k = i + 1;
    Token next = Refusals.at(tokens, k);
    if (next != null && Lexicon.SCALES.containsKey(next.lower())) {
      next = Refusals.at(tokens, ++k);
    }
    if (next == null) {
      return false;
    }
    if (next.kind() == Token.Kind.SYMBOL) {
      return DEGREES.contains(next.text()) && k == i + 1;
    }
    return next.kind() == Token.Kind.WORD
        && (CURRENCY_WORDS.contains(next.lower())
            || k == i + 1 && (next.isWord("degrees") || next.isWord("degree")));
  }

  /** "pounds", "of pounds" at k: after a vague amount ("thousands of pounds") it is money. */
  static boolean isMoneyNounAt(List<Token> tokens, int k) {
    Token t = Refusals.at(tokens, k);
    if (t != null && t.isWord("of")) {
      t = Refusals.at(tokens, k + 1);
    }
    return t != null && t.kind() == Token.Kind.WORD && CURRENCY_WORDS.contains(t.lower());
  }

  /**
   * "£2,000 to 3,000", "£2,000-3,000": the end of a range of money is money. A smaller number after
   * "to" is not the end of a range, which rises: "£9,500 to 300 victims" gives the money to a
   * count, which is read. A number that cannot be compared is refused, to be safe.
   */
  private static void blockRangeAfter(List<Token> tokens, int i, boolean[] blocked) {
    int k = i;
    if (scaleOf(Refusals.at(tokens, k + 1)) > 1) {
      k++; // "£2 million to ..."
    }
    Token glue = Refusals.at(tokens, k + 1);
    Token next = Refusals.at(tokens, k + 2);
    if (glue == null
        || !Refusals.RANGE_GLUE.contains(glue.lower())
        || next == null
        || !Refusals.isNumberish(next)) {
      return;
    }
    double from = amount(tokens, i);
    double to = amount(tokens, k + 2);
    if (Double.isNaN(from) || Double.isNaN(to) || to >= from) {
      blocked[k + 2] = true;
    }
  }

  /** The amount a number token says, with its suffix or scale word ("2m", "2 million"). */
  private static double amount(List<Token> tokens, int i) {
    Matcher m = AMOUNT.matcher(tokens.get(i).lower().replace(",", ""));
    if (!m.matches()) {
      return Double.NaN;
    }
    double scale = m.group(2) == null ? scaleOf(Refusals.at(tokens, i + 1)) : suffix(m.group(2));
    return Double.parseDouble(m.group(1)) * scale;
  }

  private static double scaleOf(Token t) {
    if (t == null || t.kind() != Token.Kind.WORD) {
      return 1;
    }
    Long scale = Lexicon.SCALES.get(t.lower());
    return scale != null ? scale : suffix(t.lower());
  }

  private static double suffix(String s) {
    return switch (s) {
      case "k" -> 1e3;
      case "m" -> 1e6;
      case "bn" -> 1e9;
      case "tn" -> 1e12;
      default -> 1;
    };
  }

  /** "2,000 to 3,000 euros", "18-21°C": the start of the range is money or degrees too. */
  private static void blockRangeBefore(List<Token> tokens, int i, boolean[] blocked) {
    int k = i;
    while (true) {
      Token glue = Refusals.at(tokens, k - 1);
      Token before = Refusals.at(tokens, k - 2);
      boolean between =
          glue != null && glue.isWord("and") && Refusals.isWordAt(tokens, k - 3, "between");
      boolean joined = glue != null && (Refusals.RANGE_GLUE.contains(glue.lower()) || between);
      if (!joined || before == null || !Refusals.isNumberish(before)) {
        return;
      }
      blocked[k - 2] = true;
      k -= 2;
    }
  }
}
