package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefunnel.analysis.Snapshots;
import org.junit.jupiter.api.Test;

class SmallDenominatorRuleTest {

  private final SmallDenominatorRule rule = new SmallDenominatorRule();

  @Test
  void aConversionOverFewerThanThirtyIsWarned() {
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().count("base", null, 29).count("part", "base", 3)))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("small_denominator");
              assertThat(w.stage()).isEqualTo("part");
              assertThat(w.message())
                  .isEqualTo(
                      "The conversion of 'part' rests on a base of 29, under 30: the proportion"
                          + " can move a lot with one case.");
            });
  }

  @Test
  void aRangedBaseThatMayBeSmallIsWarned() {
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().range("base", null, 10, 100).count("part", "base", 5)))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("a base of 10 to 100"));
  }

  @Test
  void thirtyOrMoreIsNotWarned() {
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().count("base", null, 30).count("part", "base", 3)))
        .isEmpty();
  }

  @Test
  void noConversionNoWarning() {
    // the base has no figure: there is no conversion to be fragile
    assertThat(RuleRun.check(rule, Snapshots.funnel().empty("base", null).count("part", "base", 3)))
        .isEmpty();
  }

  @Test
  void anAboutBaseIsJudgedAsRead() {
    // "about 30" reads 25 to 35: it may be under 30; "about 20" (15 to 25) is; "about 40" is not
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .about("thirty", null, 30)
                    .count("a", "thirty", 10)
                    .about("twenty", null, 20)
                    .count("b", "twenty", 10)
                    .about("forty", null, 40)
                    .count("c", "forty", 10)))
        .extracting(w -> w.stage() + ": " + w.message())
        .containsExactly(
            "a: The conversion of 'a' rests on a base of about 30, read as 25 to 35, which may be"
                + " under 30: the proportion can move a lot with one case.",
            "b: The conversion of 'b' rests on a base of about 20, read as 15 to 25, under 30: the"
                + " proportion can move a lot with one case.");
  }
}
