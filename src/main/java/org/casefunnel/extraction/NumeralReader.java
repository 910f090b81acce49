package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Reads one number, in digits ("1.2 million", "2.5m", "9,000") or words ("twenty-five"). */
final class NumeralReader {

  private enum Last {
    NONE,
    UNIT,
    TEN,
    SCALE,
    AND
  }

  /** Most digits a number may have to be read exactly: far beyond any count, cheap to parse. */
  static final int MAX_DIGITS = Tokenizer.MAX_TOKEN_LENGTH;

  /** Significant figures of a fraction of a scale that is not whole: "a third of a million". */
  static final int FRACTION_DIGITS = 3;

  private final List<Token> tokens;
  private final boolean[] blocked;

  NumeralReader(List<Token> tokens, boolean[] blocked) {
    this.tokens = tokens;
    this.blocked = blocked;
  }

  /** The numeral starting at token i, or null. */
  Numeral read(int i) {
    if (i >= tokens.size() || blocked[i]) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.NUMBER) {
      return digits(i);
    }
    if (t.kind() == Token.Kind.LONG) {
      return longDigits(i);
    }
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    String w = t.lower();
    Numeral fraction = fractionOfScale(i);
    if (fraction != null) {
      return fraction;
    }
    if (w.equals("half") && word(i + 1, "a") && scaleAt(i + 2) != null) {
      long scale = scaleAt(i + 2);
      return new Numeral(BigDecimal.valueOf(scale).divide(BigDecimal.valueOf(2)), scale, i, i + 3);
    }
    if ((w.equals("a") || w.equals("an")) && scaleAt(i + 1) != null) {
      return words(i + 1, 1);
    }
    if (Lexicon.UNITS.containsKey(w) || Lexicon.TENS.containsKey(w)) {
      return words(i, 0);
    }
    return null;
  }

  /**
   * "a quarter of a million", "a third of a million", "two-thirds of a million", "half of a
   * million": a number, not a share beside "a million" (which stated a million where the text says
   * less). A whole result is exact; one that is not ("a third of a million" is 333,333.3...) is
   * rounded to {@link #FRACTION_DIGITS} significant figures and marked rounded, so it reads as an
   * approximate 333,000: the words give no more precision than that, and no whole number is it.
   */
  Numeral fractionOfScale(int i) {
    int k = i;
    long numerator = 1;
    String w = tokens.get(i).lower();
    Integer unit = Lexicon.UNITS.get(w);
    if (w.equals("a") || w.equals("an") || w.equals("one")) {
      k++;
    } else if (unit != null && unit > 1 && unit < 10) {
      numerator = unit;
      k++;
    }
    if (k > i && k < tokens.size() && tokens.get(k).isSymbol("-")) {
      k++; // "two-thirds"
    }
    String fraction = k < tokens.size() ? tokens.get(k).lower() : "";
    Integer denominator = Lexicon.FRACTIONS.get(fraction);
    if (denominator == null || fraction.endsWith("s") != (numerator > 1)) {
      return null;
    }
    if (numerator >= denominator
        || !word(k + 1, "of")
        || !(word(k + 2, "a") || word(k + 2, "an"))) {
      return null;
    }
    Long scale = scaleAt(k + 3);
    if (scale == null) {
      return null;
    }
    BigDecimal whole = BigDecimal.valueOf(scale * numerator);
    BigDecimal d = BigDecimal.valueOf(denominator);
    if (whole.remainder(d).signum() == 0) {
      return new Numeral(whole.divide(d), scale, i, k + 4);
    }
    BigDecimal rounded =
        whole
            .divide(d, new MathContext(FRACTION_DIGITS, RoundingMode.HALF_UP))
            .setScale(0, RoundingMode.HALF_UP);
    return new Numeral(rounded, scale, i, k + 4, true);
  }

  private Numeral digits(int i) {
    Token t = tokens.get(i);
    Long suffixScale = Lexicon.DIGIT_SUFFIXES.get(t.suffix());
    if (suffixScale == null) {
      return null;
    }
    BigDecimal value = new BigDecimal(t.digits());
    boolean decimal = value.stripTrailingZeros().scale() > 0;
    if (suffixScale != 1) {
      return new Numeral(
          value.multiply(BigDecimal.valueOf(suffixScale)), suffixScale, i, i + 1, decimal);
    }
    Long scale = scaleAt(i + 1);
    if (scale != null) {
      return new Numeral(value.multiply(BigDecimal.valueOf(scale)), scale, i, i + 2, decimal);
    }
    return new Numeral(value, 1, i, i + 1);
  }

  /**
   * A number written with more characters than a token holds ("1,000,000,...,000"): read exactly
   * while its value has at most {@link #MAX_DIGITS} digits, so that parsing stays cheap; the caller
   * reports anything longer as {@link #isTooLong too long to read}.
   */
  private Numeral longDigits(int i) {
    String digits = integerDigits(tokens.get(i));
    if (digits == null || digits.length() > MAX_DIGITS) {
      return null;
    }
    return new Numeral(new BigDecimal(tokens.get(i).digits()), 1, i, i + 1);
  }

  /**
   * Whether token i is a plain number whose whole part has more than {@link #MAX_DIGITS} digits.
   */
  boolean isTooLong(int i) {
    if (i >= tokens.size() || blocked[i] || tokens.get(i).kind() != Token.Kind.LONG) {
      return false;
    }
    String digits = integerDigits(tokens.get(i));
    return digits != null && digits.length() > MAX_DIGITS;
  }

  /** The whole part of a LONG token that is a plain number, without leading zeros; else null. */
  private static String integerDigits(Token t) {
    String text = t.text();
    if (!Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(text.length() - 1))) {
      return null; // a word, or digits with letters glued on
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!(c >= '0' && c <= '9') && c != ',' && c != '.' && !Character.isSpaceChar(c)) {
        return null;
      }
    }
    String digits = t.digits();
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    int first = 0;
    while (first < whole.length() - 1 && whole.charAt(first) == '0') {
      first++;
    }
    return whole.substring(first);
  }

  /** Classic accumulation: "two hundred and five thousand" = (2*100+5)*1000. */
  private Numeral words(int from, long initial) {
    long total = 0;
    long current = initial;
    long lastScale = 1;
    Last last = initial > 0 ? Last.UNIT : Last.NONE;
    int k = from;
    while (k < tokens.size() && !blocked[k]) {
      String w = tokens.get(k).lower();
      try {
        Integer unit = Lexicon.UNITS.get(w);
        Integer ten = Lexicon.TENS.get(w);
        Long scale = Lexicon.SCALES.get(w);
        if (unit != null && (last == Last.NONE || last == Last.SCALE || last == Last.AND)) {
          current = Math.addExact(current, unit);
          last = Last.UNIT;
        } else if (unit != null && last == Last.TEN && unit < 10) {
          current = Math.addExact(current, unit); // "twenty five" written without the hyphen
          last = Last.UNIT;
        } else if (ten != null && last != Last.UNIT && last != Last.TEN) {
          Integer hyphened = hyphenatedUnit(k);
          current = Math.addExact(current, ten + (hyphened == null ? 0 : hyphened));
          last = hyphened == null ? Last.TEN : Last.UNIT;
          k += hyphened == null ? 0 : 2;
        } else if (scale != null && last != Last.NONE && last != Last.AND) {
          if (last == Last.SCALE && scale > lastScale && current == 0 && total > 0) {
            // "two thousand million": a larger scale scales the whole group, 2,000,000,000
            total = Math.multiplyExact(total, scale);
          } else if (scale >= 1000) {
            total = Math.addExact(total, Math.multiplyExact(Math.max(current, 1), scale));
            current = 0;
          } else {
            current = Math.multiplyExact(Math.max(current, 1), scale);
          }
          lastScale = scale;
          last = Last.SCALE;
        } else if (w.equals("and") && last == Last.SCALE && startsNumberWord(k + 1)) {
          last = Last.AND;
        } else {
          break;
        }
      } catch (ArithmeticException overflow) {
        break; // "a hundred hundred hundred ..." stops being a number before it overflows
      }
      k++;
    }
    if (last == Last.NONE || last == Last.AND) {
      return null;
    }
    int to = last == Last.AND ? k - 1 : k;
    int start = initial > 0 ? from - 1 : from;
    return new Numeral(
        BigDecimal.valueOf(total).add(BigDecimal.valueOf(current)), lastScale, start, to);
  }

  private Integer hyphenatedUnit(int k) {
    if (k + 2 >= tokens.size() || !tokens.get(k + 1).isSymbol("-")) {
      return null;
    }
    if (!Refusals.adjacent(tokens, k + 1) || !Refusals.adjacent(tokens, k + 2)) {
      return null;
    }
    Integer unit = Lexicon.UNITS.get(tokens.get(k + 2).lower());
    return unit != null && unit > 0 && unit < 10 && !blocked[k + 2] ? unit : null;
  }

  private boolean startsNumberWord(int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String w = tokens.get(k).lower();
    return Lexicon.UNITS.containsKey(w) || Lexicon.TENS.containsKey(w);
  }

  private Long scaleAt(int k) {
    return k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD
        ? Lexicon.SCALES.get(tokens.get(k).lower())
        : null;
  }

  private boolean word(int k, String w) {
    return k < tokens.size() && tokens.get(k).isWord(w);
  }
}
