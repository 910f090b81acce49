package org.casefunnel.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text writes a given whole number in digits in a convention the extraction does not
 * read: digits of another script ("٩٠٠٠", fullwidth "９０００") or groups of three split by one
 * separator other than a comma ("9.000", "9'000"; not a plain space, which also parts two numbers).
 * The extraction leaves such numbers alone (a plain space or a full stop may join two numbers or be
 * a decimal point), but a quote that holds the very digits of a figure, so grouped, does state it:
 * used only to say that a quote states a figure, never to read a number from a text. Digits the
 * extraction does read ("9,000", "2023") are its to judge: where it reads no count (a year, a
 * code), neither does this.
 */
final class WrittenNumbers {

  /**
   * Separators of groups of three: comma, full stop, typographic spaces, apostrophes, Arabic
   * thousands. Not a plain space: "In 2019/20 350 referrals" would be 20,350.
   */
  private static final String SEPARATORS = "[,.'\u2019\u00a0\u202f\u2009\u066c]";

  private WrittenNumbers() {}

  /** Whether {@code text} writes {@code value} (not negative) alone, in such a convention. */
  static boolean writesOtherwise(String text, long value) {
    if (value < 0 || text == null) {
      return false;
    }
    StringBuilder ascii = new StringBuilder(text.length());
    StringBuilder converted = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean other =
                  Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && (cp < '0' || cp > '9');
              ascii.appendCodePoint(other ? '0' + Character.digit(cp, 10) : cp);
              int width = other ? 1 : Character.charCount(cp);
              converted.append(String.valueOf(other ? 'y' : 'n').repeat(width));
            });
    Matcher m = pattern(Long.toString(value)).matcher(ascii);
    while (m.find()) {
      String separator = m.groupCount() > 0 ? m.group(1) : null;
      boolean otherDigits = converted.substring(m.start(), m.end()).indexOf('y') >= 0;
      if (otherDigits || separator != null && !separator.equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digits as one run or in groups of three with one separator throughout, not part of a longer
   * number on either side (no digit, and no separator then digit, next to it).
   */
  private static Pattern pattern(String digits) {
    StringBuilder grouped = new StringBuilder();
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      grouped.append(i == head ? "(" + SEPARATORS + ")" : "\\1").append(digits, i, i + 3);
    }
    String around = "(?<![0-9])(?<![0-9]" + SEPARATORS + ")";
    String after = "(?![0-9])(?!" + SEPARATORS + "[0-9])";
    String alone = Pattern.quote(digits);
    if (digits.length() <= 3) {
      return Pattern.compile(around + alone + after);
    }
    return Pattern.compile(around + "(?:" + grouped + "|" + alone + ")" + after);
  }
}
