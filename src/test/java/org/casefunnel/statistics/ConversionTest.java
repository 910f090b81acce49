package org.casefunnel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values: computed with Python 3 (standard library only) from the closed-form Wilson
 * formula, independently of the Java code: 1200/2200 gives 0.5245865341866813 to
 * 0.5661640954441465.
 */
class ConversionTest {

  @Test
  void exactCountsGetTheWilsonInterval() {
    Derivation d = Proportions.conversion(Estimate.exact(1200), Estimate.exact(2200), 1.959964);

    assertThat(d.method()).isEqualTo(Methods.WILSON);
    assertThat(d.value()).isCloseTo(0.5454545454545454, within(1e-12));
    assertThat(d.low()).isCloseTo(0.5245865341866813, within(1e-9));
    assertThat(d.high()).isCloseTo(0.5661640954441465, within(1e-9));
    assertThat(d.inputs()).containsEntry("x", 1200L).containsEntry("n", 2200L);
  }

  @Test
  void aRangeGetsIntervalArithmeticBounds() {
    Derivation d = Proportions.conversion(Estimate.ofRange(2000, 3000), Estimate.exact(9000), 1.96);

    assertThat(d.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(d.low()).isCloseTo(2000.0 / 9000, within(1e-12));
    assertThat(d.high()).isCloseTo(3000.0 / 9000, within(1e-12));
    assertThat(d.value()).isCloseTo(2500.0 / 9000, within(1e-12));
  }

  @Test
  void anExactPartAboveItsBaseIsNotFixedButBoundedByIntervalArithmetic() {
    Derivation d = Proportions.conversion(Estimate.exact(150), Estimate.exact(100), 1.96);

    assertThat(d.method()).isEqualTo(Methods.INTERVAL_ARITHMETIC);
    assertThat(d.value()).isEqualTo(1.0);
    assertThat(d.inputs()).containsEntry("part", 150L).containsEntry("base", 100L);
  }

  @Test
  void shareOfExactCountsIsAPlainRatio() {
    Derivation d = Proportions.share(Estimate.exact(2200), Estimate.exact(9000));

    assertThat(d.method()).isEqualTo(Methods.RATIO);
    assertThat(d.value()).isCloseTo(0.24444444444444444, within(1e-15));
    assertThat(d.low()).isNull();
  }
}
