package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Money and temperatures are never read as counts, nor is any end of their ranges. */
class MoneyAndMeasureRefusalsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The force paid £9,500 to victims.",
        "£2,000",
        "$15,000",
        "€400 each",
        "a £ 2,000 fine",
        "US$ 15,000",
        "£2m",
        "£2.5bn",
        "£4 million a year",
        "2 million pounds",
        "3,000 euros",
        "50 pence",
        "100 dollars",
        "GBP 400",
        "Rs 9,500 paid",
        "400 USD",
        "£2,000-3,000",
        "£2m to £3m",
        "2,000 to 3,000 euros",
        "between 2,000 and 3,000 pounds",
        "tens of thousands of pounds",
        "several hundred euros"
      })
  void refusesEveryAmountOfMoney(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"21°C", "21 °C", "21 degrees", "18-21°C", "a high of 30℃"})
  void refusesTemperatures(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          £9,500 paid to 300 victims                 | 300
          2,200 cases cost thousands of pounds       | 2,200
          around 2,000 victims received £500 each    | around 2,000
          they reviewed 40 cases in 21 degrees heat  | 40
          The force paid £9,500 to 300 victims       | 300
          £2m to 1,200 victims                       | 1,200
          £2 million to 1,200 victims                | 1,200
          """)
  void stillReadsTheCountBesideAnAmount(String text, String count) {
    assertThat(Parsed.wordings(text)).containsExactly(count);
  }
}
