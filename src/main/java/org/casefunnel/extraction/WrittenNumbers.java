package org.casefunnel.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure's number written in a convention the extraction does not read: digits of another script
 * ("٩٠٠٠", fullwidth "９０００") or groups of three split by one separator other than a comma ("9.000",
 * "9'000"; not a plain space, which also parts two numbers: "2019/20 350"). The extraction leaves
 * such numbers alone, as a full stop may be a decimal point; but where a quote holds the very
 * digits of a figure so grouped, {@link #readable} writes them as the extraction reads them
 * ("9,000"), in place and at the same length, so that the quote is then read as usual: its hedges,
 * bounds and percentages count ("around 9.000" is still hedged, "2.024%" no count), and its spans
 * still point into the quote as written. Used only to check a figure against its quotes, never to
 * read a number from a text.
 */
final class WrittenNumbers {

  /**
   * Separators of groups of three: comma, full stop, typographic spaces, apostrophes, Arabic
   * thousands. Not a plain space: "In 2019/20 350 referrals" would be 20,350.
   */
  private static final String SEPARATORS = "[,.'\u2019\u00a0\u202f\u2009\u066c]";

  private WrittenNumbers() {}

  /**
   * {@code text} with every run that writes {@code value} (not negative) alone in such a convention
   * written with ASCII digits and commas instead; {@code text} itself where there is none. Same
   * length, so offsets hold.
   */
  static String readable(String text, long value) {
    if (value < 0 || text == null) {
      return text;
    }
    char[] ascii = text.toCharArray();
    boolean[] converted = new boolean[ascii.length];
    for (int i = 0; i < ascii.length; i++) {
      char c = ascii[i];
      // digits of the basic plane only, so that each is one char and the length holds
      if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && (c < '0' || c > '9')) {
        ascii[i] = (char) ('0' + Character.digit(c, 10));
        converted[i] = true;
      }
    }
    String digits = new String(ascii);
    char[] out = text.toCharArray();
    boolean changed = false;
    Matcher m = pattern(Long.toString(value)).matcher(digits);
    while (m.find()) {
      String separator = m.groupCount() > 0 ? m.group(1) : null;
      boolean otherDigits = false;
      for (int i = m.start(); i < m.end(); i++) {
        otherDigits |= converted[i];
      }
      if (!otherDigits && (separator == null || separator.equals(","))) {
        continue; // written as the extraction reads it: its reading stands
      }
      for (int i = m.start(); i < m.end(); i++) {
        char c = digits.charAt(i);
        out[i] = c >= '0' && c <= '9' ? c : ',';
      }
      changed = true;
    }
    return changed ? new String(out) : text;
  }

  /**
   * The digits as one run or in groups of three with one separator throughout, not part of a longer
   * number on either side (no digit, and no separator then digit, next to it).
   */
  private static Pattern pattern(String digits) {
    String around = "(?<![0-9])(?<![0-9]" + SEPARATORS + ")";
    String after = "(?![0-9])(?!" + SEPARATORS + "[0-9])";
    String alone = Pattern.quote(digits);
    if (digits.length() <= 3) {
      return Pattern.compile(around + alone + after);
    }
    StringBuilder grouped = new StringBuilder();
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      grouped.append(i == head ? "(" + SEPARATORS + ")" : "\\1").append(digits, i, i + 3);
    }
    return Pattern.compile(around + "(?:" + grouped + "|" + alone + ")" + after);
  }
}
