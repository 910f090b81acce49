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
 *
 * <p>An interval (from approximate counts or ranges) gives its numbers no more decimals than its
 * width allows: the last digit shown is at most a tenth of the width, so 22.22% to 33.33% reads 22%
 * to 33%, a width of a few points keeps one decimal, and one under a point keeps two.
 */
public final class Percentages {

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  /**
   * The decimals an interval's width justifies: its last digit at most a tenth of the width (an
   * interval 80 points wide none, 4.55 points one, 0.002 points four); 2 for no width.
   */
  public static int justifiedWithin(double low, double high) {
    double width = (high - low) * 100;
    if (!(width > 0) || !Double.isFinite(width)) {
      return 2;
    }
    // the width's power of ten, robust to floating point: 100% - 90% is 9.999...99 points
    double magnitude = Math.floor(Math.log10(width) + 1e-9);
    return (int) Math.max(0, Math.min(15, 1 - magnitude));
  }

  /**
   * A number of an interval whose width justifies {@code justified} decimals ({@link
   * #justifiedWithin}): at most two decimals, or the two significant digits a share under 0.1%
   * needs (0.0050%), and never more than the width justifies; where that would round a share that
   * is not none to 0% or one that is not all to 100%, a decimal or two more if that is enough
   * (99.86% of an interval to whole points reads 99.9%), else "just over 0%", "just under 100%" or
   * "just over 100%": the width allows no more digits.
   */
  public static String format(double fraction, int justified) {
    if (!Double.isFinite(fraction)) {
      throw new IllegalArgumentException("not a finite proportion: " + fraction);
    }
    int start = Math.max(0, Math.min(justified, Math.max(2, significant(fraction * 100))));
    for (int d = start; d <= Math.max(start, 2); d++) {
      String shown = shown(fraction, d);
      if (shown != null) {
        return shown;
      }
    }
    return fraction < 0.5 ? "just over 0%" : fraction < 1 ? "just under 100%" : "just over 100%";
  }

  /** The decimals that show two significant digits of a percentage (3 for 0.050%, 0 from 10%). */
  private static int significant(double percent) {
    double p = Math.abs(percent);
    if (p == 0 || p >= 10) {
      return 0;
    }
    return (int) Math.max(0, 1 - Math.floor(Math.log10(p) + 1e-12));
  }

  /** The percentage with {@code d} decimals, or null where it would say none or all falsely. */
  private static String shown(double fraction, int d) {
    String shown = String.format(Locale.ROOT, "%." + d + "f", fraction * 100);
    BigDecimal value = new BigDecimal(shown);
    boolean saysNone = value.signum() == 0 && fraction != 0;
    boolean saysAll = value.compareTo(HUNDRED) == 0 && fraction != 1;
    return saysNone || saysAll ? null : shown + "%";
  }

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
