package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A label refuses the whole range or list it introduces; colons, "# 4521", sub-clauses, letter
 * codes, hyphen-joined identifiers and ranks ("Year 9", "Top 10", "the top 10") are not counts; a
 * place's abbreviation before a number that a count noun follows is no code ("UK 1200 cases").
 */
class LabelAndCodeRefusalsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "pages 12-14",
        "pages 12 to 14",
        "page 12\u201314",
        "nos. 3 and 4",
        "nos. 1200 and 1300 of cases",
        "Paragraphs 3 and 4",
        "paragraphs 3, 4 and 5",
        "paragraphs 3, 4, and 5",
        "sections 2 or 3",
        "Cases 2201-2300 were reviewed again.",
        "cases 12 and 13 were linked",
        "case 12"
      })
  void refusesEveryNumberOfTheRangeOrListALabelIntroduces(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ref: 4521",
        "ID: 4521",
        "Case no: 12",
        "UIN: 41207",
        "# 4521",
        "Section 5(2)",
        "section 5(2)(a)",
        "Flight BA 2490",
        "Flight BA 2490 landed at 10am",
        "BA 2490 arrives",
        "CRN 12345678",
        "CRN 12345678 was closed",
        "NHS 111",
        "NHS 111 calls rose sharply",
        "CRN 12345678 files",
        "ISBN 978-3-16-148410-0",
        "978-3-16-148410-0",
        "1-2-3",
        "Year 9 pupils",
        "Top 10 list",
        "in the top 10 forces",
        "the top ten",
        "a top 10 list",
        "its top 5 priorities",
        "among the top 20 forces for referrals",
        "Level 3",
        "Tier 2",
        "Phase 2",
        "Stage 2",
        "Key Stage 3"
      })
  void refusesIdentifiersCodesAndRanks(String text) {
    assertThat(Parsed.PARSER.parseAll(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2,200 cases were reviewed                | 2,200
          Cases: 9,500                             | 9,500
          cases 2,201 reviewed                     | 2,201
          the top 10 forces recorded 9,000 cases   | 9,000
          referrals could top 10,000 this year     | 10,000
          referrals are expected to top 10,000     | 10,000
          UK 1200 cases                            | 1200
          In the UK 1200 cases were reviewed       | 1200
          UK 1200 historic cases                   | 1200
          EU 2500 victims came forward             | 2500
          section 5 and 300 cases                  | 300
          MET REVIEWS 9000 CASES                   | 9000
          a year 300 cases were reviewed           | 300
          2,000-3,000 cases                        | 2,000-3,000
          the figures 9,500 and 2,200              | 9,500
          """)
  void stillReadsCountsBesideTheseWords(String text, String first) {
    assertThat(Parsed.wordings(text)).first().isEqualTo(first);
  }

  @Test
  void readsNoFigureOfTheTestersReconciliationText() {
    String text =
        "The force paid £9,500 to victims of the historic cases identified. Cases 2201-2300 were"
            + " reviewed again. See nos. 1200 and 1300 of cases in scope.";
    assertThat(new QuantityExtractor().extract(text)).isEmpty();
  }
}
