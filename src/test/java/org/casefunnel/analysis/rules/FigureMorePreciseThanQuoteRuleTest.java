package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import java.util.List;
import org.casefunnel.analysis.Snapshots;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.Selection;
import org.junit.jupiter.api.Test;

class FigureMorePreciseThanQuoteRuleTest {

  private final FigureMorePreciseThanQuoteRule rule = new FigureMorePreciseThanQuoteRule();

  private List<WarningView> exact(long count, String quote) {
    return RuleRun.check(rule, Snapshots.funnel().stage("a", null, fig(count).quote(quote)));
  }

  @Test
  void anExactFigureWhoseQuoteIsVagueIsWarnedWithTheHedgedWords() {
    assertThat(exact(50, "Police are only investigating tens of cases."))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("figure_more_precise_than_quote");
              assertThat(w.stage()).isEqualTo("a");
              assertThat(w.message())
                  .isEqualTo(
                      "The figure is recorded as exactly 50, but its quote states it only hedged:"
                          + " \"tens\" reads as vague, 20 to 99. Record it as approximate or"
                          + " as a range.");
            });
  }

  @Test
  void anExactFigureWhoseQuoteHedgesOrBoundsItsNumberIsWarned() {
    assertThat(exact(1200, "He said about 1,200 remained in scope.")).hasSize(1);
    assertThat(exact(2_500_000, "The force holds 2.5m records.")).hasSize(1);
    assertThat(exact(100, "Nearly 100 officers were assigned.")).hasSize(1);
    assertThat(exact(300, "More than 300 cases were reopened."))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .contains("\"More than 300\" reads as a lower" + " bound, 301 or more")
                    // approximate 300 would allow fewer than 301: the advice is the bound's range
                    .endsWith(
                        "It is a lower bound, not an approximate count: record it as a range from"
                            + " the bound to a high end that the sources or its base stage"
                            + " support, or leave the figure out until one is known."));
    assertThat(exact(40, "Up to 40 cases will be charged."))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message())
                    .contains("an upper bound, at most 40")
                    .endsWith("Record it as a range from 0 to 40."));
    assertThat(exact(2000, "They expect maybe 2,000 or 3,000 cases."))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).endsWith("Record it as that range."));
  }

  @Test
  void aQuoteThatStatesTheNumberPlainlyAnywhereIsEnough() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(1200)
                            .quote("About 1,200 remained in scope.")
                            .quote("The minutes record that 1,200 remained in scope."))))
        .isEmpty();
    assertThat(exact(1200, "About 1,200 were found; in all 1,200 remained.")).isEmpty();
  }

  @Test
  void approximateFiguresRangesAndUnrelatedNumbersAreNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(1200).approximate().quote("about 1,200 cases"))
                    .stage("b", "a", fig(20, 99).quote("tens of cases"))
                    .stage("c", "b", fig(7).quote("about 1,200 cases"))
                    .empty("d", "c")))
        .isEmpty();
  }

  @Test
  void theSeedsFiguresAreNotWarned() {
    String review =
        "Met Commissioner Sir Mark Rowley told the London Assembly on Thursday that though the"
            + " 9,000 cases were identified as potentially falling into the broad definition of"
            + " \"grooming gangs\", upon a further review of 2,200 of them, just 1,200 remained in"
            + " scope.";
    String definition =
        "Sir Mark said the 9,000 cases identified included any case with two or more suspects"
            + " and at least one victim.";
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("identified", null, fig(9000).quote(review).quote(definition))
                    .review("reviewed", "identified", fig(2200).quote(review), Selection.UNKNOWN)
                    .stage("in_scope", "reviewed", fig(1200).quote(review))))
        .isEmpty();
  }

  @Test
  void aBoundStatedAsTheFiguresNumberGetsThisWarningInsteadOfFigureNotInQuote() {
    Snapshots funnel =
        Snapshots.funnel().stage("a", null, fig(300).quote("More than 300 cases were reopened."));
    assertThat(RuleRun.check(new FigureNotInQuoteRule(), funnel)).isEmpty();
    assertThat(RuleRun.check(rule, funnel)).hasSize(1);
  }
}
