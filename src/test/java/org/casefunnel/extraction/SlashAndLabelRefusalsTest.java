package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers joined by a slash, and identifiers after a label, are never read as counts. */
class SlashAndLabelRefusalsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "It expects 24/7 monitoring.",
        "a 24/7 helpline",
        "3/4 of the files",
        "about 1/2 the cases",
        "on 5/3/2026",
        "the 2022/23 budget",
        "the 2019/20 budget",
        "1,200/2,200 reviewed",
        "24 / 7 cover",
        "in 1/2/3/4 order",
        "a 3\u20444 share"
      })
  void refusesNumbersJoinedByASlash(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "case no. 4521",
        "case No. 4521",
        "case NO. 4521",
        "case no 4521",
        "case NO 4521",
        "case number 4521",
        "reference number 12",
        "ref 4521",
        "ref. 4521",
        "Ref. 4521",
        "case #4521",
        "id 4521",
        "ID 4521",
        "nos. 3",
        "see vol. 3"
      })
  void refusesAnIdentifierAfterALabelInAnyCase(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the number of cases was 4,521       | 4,521
          a number of cases, 4,521 in all     | 4,521
          9,500 identified and 3,000 reviewed | 9,500
          cases/9,000                         |
          around 2,000 cases a year           | around 2,000
          2,000-3,000 cases                   | 2,000-3,000
          """)
  void stillReadsCountsNearTheseWords(String text, String first) {
    List<String> found = Parsed.wordings(text);
    if (first == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).first().isEqualTo(first);
    }
  }

  @Test
  void readsTheOtherFiguresOfTheTestersTextButNotTheSchedule() {
    String text =
        "The Met said on 5 March 2026 that 9,500 cases had been identified, 3,000 reviewed, and"
            + " about 1,500 remained in scope. It expects 24/7 monitoring.";
    List<ExtractedQuantity> found = new QuantityExtractor().extract(text);
    assertThat(found)
        .extracting(e -> e.quantity().span().text())
        .containsExactly("9,500", "3,000", "about 1,500");
  }

  @Test
  void readsNoPartOfAnIdentifierInTheSentenceAfterALowerCaseNo() {
    List<ExtractedQuantity> found =
        new QuantityExtractor().extract("They reviewed case no. 4521 and 300 others.");
    assertThat(found).extracting(e -> e.quantity().span().text()).containsExactly("300");
  }

  @Test
  void keepsASentenceEndingInNoBeforeADigitTogether() {
    assertThat(SentenceSplitter.split("See case no. 4521 and ref. 12 here.")).hasSize(1);
    assertThat(SentenceSplitter.split("The answer was no. Then 200 came.")).hasSize(2);
  }
}
