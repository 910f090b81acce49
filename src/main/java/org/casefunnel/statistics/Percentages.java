package org.casefunnel.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Proportions as percentages in text. Two decimals (54.55%), except that a small share keeps two
 * significant digits, so 1,000 of 1,000,000,000 reads 0.00010% and not 0.00%, which would say
 * "none"; likewise a share within 0.1 points of 100% keeps two significant digits of its distance
 * from 100%, so 999,999 of 1,000,000 reads 99.99990% and not 100.00%, which would say "all".
 */
public final class Percentages {

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

  private Percentages() {}

  public static String format(double fraction) {
    if (!Double.isFinite(fraction)) {
      throw new IllegalArgumentException("not a finite proportion: " + fraction);
    }
    double percent = fraction * 100;
    // the distance from 100%, computed from the fraction so that 1 - x keeps its digits
    double fromAll = (fraction - 1) * 100;
    if (fromAll != 0 && Math.abs(fromAll) < 0.1) {
      return BigDecimal.valueOf(100).add(new BigDecimal(fromAll).round(TWO_DIGITS)).toPlainString()
          + "%";
    }
    if (percent == 0 || Math.abs(percent) >= 0.1) {
      return String.format(Locale.ROOT, "%.2f%%", percent);
    }
    return new BigDecimal(percent).round(TWO_DIGITS).toPlainString() + "%";
  }
}
