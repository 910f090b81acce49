package org.casefunnel.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.analysis.Snapshots.fig;

import org.casefunnel.analysis.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureNotInQuoteRuleTest {

  private final FigureNotInQuoteRule rule = new FigureNotInQuoteRule();

  @Test
  void aFigureNoQuoteStatesIsWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(1300).wording("1,300 cases").quote("We reviewed 1,200 cases."))))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("figure_not_in_quote");
              assertThat(w.stage()).isEqualTo("a");
              assertThat(w.message())
                  .isEqualTo(
                      "No quote of the figure's statements states 1,300 ('1,300 cases'); check"
                          + " the figure against its source.");
            });
  }

  @Test
  void aFigureWithoutStatementsIsWarned() {
    assertThat(RuleRun.check(rule, Snapshots.funnel().count("a", null, 10))).hasSize(1);
  }

  @Test
  void aFigureStatedInAnyOfItsQuotesIsNotWarned() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage(
                        "a",
                        null,
                        fig(1200).quote("Nothing here.").quote("We reviewed 1,200 cases."))
                    .stage("b", "a", fig(2000, 3000).quote("maybe 2,000 or 3,000 cases"))
                    .empty("c", "b")))
        .isEmpty();
  }

  @ParameterizedTest(name = "{1} in ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "\u0669\u0660\u0660\u0660 \u062d\u0627\u0644\u0629 | 9000",
        "\uff19\uff10\uff10\uff10 cases | 9000",
        "9.000 F\u00e4lle | 9000",
        "9'000 cases | 9000"
      })
  void aCountWrittenInAnotherConventionIsStated(String quote, long count) {
    assertThat(
            RuleRun.check(
                rule, Snapshots.funnel().stage("a", null, fig(count).wording(quote).quote(quote))))
        .isEmpty();
  }

  @Test
  void aYearIsNoStatementOfACountWrittenAlike() {
    assertThat(
            RuleRun.check(
                rule,
                Snapshots.funnel()
                    .stage("a", null, fig(2023).quote("In 2023 the review found 1,900 cases."))))
        .singleElement()
        .satisfies(w -> assertThat(w.code()).isEqualTo("figure_not_in_quote"));
  }
}
