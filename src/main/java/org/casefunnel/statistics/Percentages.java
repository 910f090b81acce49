package org.casefunnel.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Proportions as percentages in text. Two decimals (54.55%), except that a small share keeps two
 * significant digits, so 1,000 of 1,000,000,000 reads 0.00010% and not 0.00%, which would say
 * "none".
 */
public final class Percentages {

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

  private Percentages() {}

  public static String format(double fraction) {
    if (!Double.isFinite(fraction)) {
      throw new IllegalArgumentException("not a finite proportion: " + fraction);
    }
    double percent = fraction * 100;
    if (percent == 0 || Math.abs(percent) >= 0.1) {
      return String.format(Locale.ROOT, "%.2f%%", percent);
    }
    return new BigDecimal(percent).round(TWO_DIGITS).toPlainString() + "%";
  }
}
