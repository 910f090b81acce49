package org.casefunnel.text;

import java.math.BigDecimal;

/**
 * Numbers as every CSV export writes them: whole numbers without a decimal point or exponent
 * ({@code 4744}, {@code 1000000000000}), fractions in plain decimal notation with every digit the
 * double holds ({@code 0.5454545454545454}, {@code 0.0000001}), so a program can parse an integer
 * column as an integer and a spreadsheet never sees {@code 1.0E12}. NaN and infinities are no
 * numbers: they give an empty cell.
 */
public final class CsvNumbers {

  private CsvNumbers() {}

  /** The cell text of a number; null (an empty cell) for null, NaN and infinities. */
  public static String format(Number n) {
    return switch (n) {
      case null -> null;
      // BigDecimal.valueOf takes the shortest digits that read back as the same double
      case Double d -> Double.isFinite(d) ? plain(BigDecimal.valueOf(d)) : null;
      // Float.toString gives the float's own shortest digits, not those of its double widening
      case Float f -> Float.isFinite(f) ? plain(new BigDecimal(Float.toString(f))) : null;
      case BigDecimal b -> plain(b);
      default -> n.toString();
    };
  }

  private static String plain(BigDecimal b) {
    // a zero (also -0.0) is "0", not "0.0" or "-0"
    return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
  }
}
