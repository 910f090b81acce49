package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureSupportTest {

  private final FigureSupport support = new FigureSupport();

  @ParameterizedTest(name = "{0}-{1} in \"{2}\" is stated: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9000|9000|Sir Mark said the 9,000 cases identified included any case.|true",
        "2200|2200|upon a further review of 2,200 of them, just 1,200 remained in scope.|true",
        "1200|1200|upon a further review of 2,200 of them, just 1,200 remained in scope.|true",
        "2000|3000|the force expected \"maybe 2,000 or 3,000 cases\" to pass the remit|true",
        "20|99|The Met is only investigating \"tens of cases\" amid a probe|true",
        "2000|2000|the Met records around 2,000 sexual offences every month|true",
        "1000|1000|around 2,000 sexual offences every month, half of which involve abuse.|true",
        "9001|9001|Sir Mark said the 9,000 cases identified included any case.|false",
        "1950|1950|the Met records around 2,000 sexual offences every month|false",
        "2000|2500|the force expected \"maybe 2,000 or 3,000 cases\"|false",
        "500|500|No number is given here at all.|false",
        "0|0|Five cases were reopened.|false",
        "2019|2019|The review began in 2019.|false",
        "9000|9000|The force reviewed 9\u00A0000 cases; 1\u202F200 were in scope.|true",
        "1200|1200|The force reviewed 9\u00A0000 cases; 1\u202F200 were in scope.|true",
        "9|9|The force reviewed 9\u00A0000 cases; 1\u202F200 were in scope.|false",
        "200|200|The force reviewed 9\u00A0000 cases; 1\u202F200 were in scope.|false",
        "9000|9000|The force reviewed 9 000 cases.|false",
        "9|9|The force reviewed 9 000 cases.|false",
        "350|350|In 2019/20 350 referrals were made.|true",
        "20350|20350|In 2019/20 350 referrals were made.|false",
        "5000|5000|about 2,5 thousand were closed|false",
        "2500|2500|about 2,5 thousand were closed|false",
        "6|6|The archive holds 1e6 files.|false",
        "1200|1200|On 3 March 1,200 cases remained.|true",
        "3|3|On 3 March 1,200 cases remained.|false",
        "200|200|In March 200 cases were found.|true",
        "300|300|The force received 300 referrals a quarter.|true",
        "75|75|The force received 300 referrals a quarter.|false",
        "75|75|Of the 300 referrals, a quarter were charged.|true",
        "1000000|1000000|It took a third of a million calls.|false",
        "333333|333333|It took a third of a million calls.|false",
        "333000|333000|It took a third of a million calls.|true",
        "9000|9000|\u0669\u0660\u0660\u0660 \u062d\u0627\u0644\u0629|true",
        "9000|9000|\uff19\uff10\uff10\uff10 cases|true",
        "9000|9000|9.000 F\u00e4lle|true",
        "9000|9000|9'000 cases|true",
        "2024|2024|Referrals rose by 2.024% in the year.|false",
        "2000|3000|between 2.000 and 3.000 cases|true",
      })
  void checksFigureAgainstItsQuote(long low, long high, String quote, boolean stated) {
    assertThat(support.isStated(low, high, List.of(quote))).isEqualTo(stated);
  }

  @ParameterizedTest(name = "any of several quotes may state it")
  @CsvSource({"1200"})
  void anyQuoteOfTheFigureMayStateIt(long value) {
    assertThat(
            support.isStated(
                value, value, List.of("No figures here.", "just 1,200 remained in scope")))
        .isTrue();
  }

  @ParameterizedTest(name = "{0} in \"{1}\" is stated only hedged: \"{2}\" ({3})")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "50|The Met is only investigating \"tens of cases\"|tens|VAGUE",
        "1200|He said about 1,200 remained.|about 1,200|APPROXIMATE",
        "2500000|The force holds 2.5m records.|2.5m|EXACT",
        "333000|It took a third of a million calls.|a third of a million|EXACT",
        "300|More than 300 cases were reopened.|More than 300|AT_LEAST",
        "500|Fewer than 500 cases were closed.|Fewer than 500|AT_MOST",
        "40|Up to 40 cases will be charged.|Up to 40|AT_MOST",
        "2000|they expected \"maybe 2,000 or 3,000 cases\"|maybe 2,000 or 3,000|RANGE",
        "1000|around 2,000 offences every month, half of which involve abuse.|around 2,000|APPROXIMATE",
        "1000|2,000 offences every month, half of which involve abuse.|-|-",
        "1200|About 1,200 were found; in all 1,200 remained.|-|-",
        "1200|upon a further review of 2,200 of them, just 1,200 remained in scope.|-|-",
        "7|about 1,200 cases|-|-",
        "9000|around 9.000 cases|around 9.000|APPROXIMATE",
        "9000|more than \u0669\u0660\u0660\u0660 cases|more than \u0669\u0660\u0660\u0660|AT_LEAST",
        "9000|9.000 F\u00e4lle|-|-",
      })
  void findsANumberStatedOnlyHedged(long value, String quote, String phrase, BoundKind bound) {
    assertThat(support.hedgedOnly(value, List.of(quote)).map(FigureSupport.Hedged::phrase))
        .isEqualTo(Optional.ofNullable(phrase));
    assertThat(support.hedgedOnly(value, List.of(quote)).map(FigureSupport.Hedged::bound))
        .isEqualTo(Optional.ofNullable(bound));
  }

  @ParameterizedTest(name = "0 as \"{0}\" in \"{1}\" is stated: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "None of the 3|3 cases were referred. None of the 3 has led to a charge.|true",
        "no charges|There have been no charges so far.|true",
        "Not a single case|Not a single case was reopened.|true",
        // a zero word the figure's wording does not hold, or a wording the quote does not hold
        "none|The review found 9,000 cases with no evidence of wrongdoing.|false",
        "No charges|There have been two charges.|false",
        "No more than 5|No more than 5 cases were reopened.|false",
        "5 cases|No, the force said 5 cases were reopened.|false",
      })
  void aZeroInWordsIsStatedOnlyByItsOwnWordingInAQuote(
      String wording, String quote, boolean stated) {
    assertThat(support.statesNone(wording, List.of(quote))).isEqualTo(stated);
  }
}
