package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one number format of every CSV export: no exponent, no ".0", no NaN. */
class CsvNumbersTest {

  @Test
  void wholeNumbersUpToTenToTheTwelveHaveNoDecimalPointOrExponent() {
    assertThat(CsvNumbers.format(1e12)).isEqualTo("1000000000000");
    assertThat(CsvNumbers.format(9.74999999999E11)).isEqualTo("974999999999");
    assertThat(CsvNumbers.format(4744.0)).isEqualTo("4744");
    assertThat(CsvNumbers.format(9000.0)).isEqualTo("9000");
    assertThat(CsvNumbers.format(2500.0)).isEqualTo("2500");
    assertThat(CsvNumbers.format(-6800.0)).isEqualTo("-6800");
    assertThat(CsvNumbers.format(1.0)).isEqualTo("1");
    assertThat(CsvNumbers.format(Long.valueOf(1_000_000_000_000L))).isEqualTo("1000000000000");
    assertThat(CsvNumbers.format(Integer.valueOf(120))).isEqualTo("120");
    assertThat(CsvNumbers.format(new BigDecimal("1E+12"))).isEqualTo("1000000000000");
  }

  @Test
  void fractionsKeepEveryDigitInPlainDecimalNotation() {
    assertThat(CsvNumbers.format(1200.0 / 2200)).isEqualTo("0.5454545454545454");
    assertThat(CsvNumbers.format(59.5)).isEqualTo("59.5");
    assertThat(CsvNumbers.format(0.25)).isEqualTo("0.25");
    assertThat(CsvNumbers.format(1e-7)).isEqualTo("0.0000001");
    assertThat(CsvNumbers.format(-0.125)).isEqualTo("-0.125");
    assertThat(CsvNumbers.format(4909.090909090909)).isEqualTo("4909.090909090909");
    assertThat(CsvNumbers.format(Float.valueOf(0.1f))).isEqualTo("0.1");
    // every digit: the text reads back as the same double
    double d = 2.0 / 3;
    assertThat(Double.parseDouble(CsvNumbers.format(d))).isEqualTo(d);
  }

  @Test
  void zeroAndNegativeZeroAreZero() {
    assertThat(CsvNumbers.format(0.0)).isEqualTo("0");
    assertThat(CsvNumbers.format(-0.0)).isEqualTo("0");
    assertThat(CsvNumbers.format(Double.valueOf(-0.0))).isEqualTo("0");
    assertThat(CsvNumbers.format(Float.valueOf(-0.0f))).isEqualTo("0");
    assertThat(CsvNumbers.format(new BigDecimal("0.000"))).isEqualTo("0");
  }

  @Test
  void nanAndInfinitiesAreNoNumbersAndGiveEmptyCells() {
    assertThat(CsvNumbers.format(Double.NaN)).isNull();
    assertThat(CsvNumbers.format(Double.POSITIVE_INFINITY)).isNull();
    assertThat(CsvNumbers.format(Double.NEGATIVE_INFINITY)).isNull();
    assertThat(CsvNumbers.format(Float.valueOf(Float.NaN))).isNull();
    assertThat(CsvNumbers.format((Number) null)).isNull();
    List<Object> row = Arrays.asList("a", Double.NaN, Double.POSITIVE_INFINITY, 1.0);
    assertThat(CsvTable.write(List.of("t", "n", "i", "x"), List.of(row)))
        .isEqualTo("t,n,i,x\r\na,,,1\r\n");
  }

  @Test
  void everyCsvWritesNumbersThisWayAndANegativeNumberGetsNoApostrophe() {
    List<Object> row = Arrays.asList(1e12, 4744.0, -500.0, -5L, 0.5454545454545454, "-5");
    assertThat(CsvTable.write(List.of("a", "b", "c", "d", "e", "f"), List.of(row)))
        .isEqualTo("a,b,c,d,e,f\r\n1000000000000,4744,-500,-5,0.5454545454545454,'-5\r\n");
  }
}
