package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the quantity parser does not read, or does not join: dates, years, ages, ordinals, times,
 * phone numbers, unread notations, negative numbers and labels are not counts; a point in time is
 * not a rate; and two figures side by side (a year, a change from one to another, a downward pair)
 * stay two figures, never a range or a count with its year.
 */
class QuantityParserRefusalsTest {

  private final QuantityParser parser = new QuantityParser();

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2,000 cases a year ago",
        "9,000 cases over the past year",
        "40 cases in one year",
        "2,000 cases, every one of them",
        "300 referrals a quarter ago",
        "300 referrals in the last quarter",
        "300 referrals in the first quarter of 2024"
      })
  void doesNotMistakeAPointInTimeForARate(String phrase) {
    assertThat(parser.parseAll(phrase)).allSatisfy(q -> assertThat(q.rate()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // dates
        "25 November 2026",
        "on 2026-11-24",
        "24/11/2026",
        "from 1 January",
        "November 25, 2026",
        "the 25th of November",
        // years
        "in 2019",
        "since 2014",
        "between 2014 and 2019",
        "the 2019/20 budget",
        "from 2014-19",
        "by mid-2025",
        "in the 1990s",
        // quarters of a year: a time, not a count nor a share
        "the first quarter of 2024 saw a rise",
        "in Q1 2024",
        "Q4 2023 saw a rise",
        "in quarter 3",
        "Quarter 2 saw a rise",
        // ages
        "aged 13",
        "a 13-year-old girl",
        "13 year olds",
        "children aged between 13 and 17",
        "a man, 34 years of age",
        // ordinals
        "2nd",
        "the 21st century",
        "the third report",
        "a third suspect was arrested",
        // times
        "at 10:30",
        "at 10am",
        "at 6.30pm",
        "at 7 pm",
        "at 10.30 in the morning",
        // phone numbers
        "call 020 7230 1212",
        "call +44 20 7230 1212",
        "0800 555 111",
        // notations not read, so that no part of them is taken for a count
        "about 2,5 thousand were closed",
        "1.200.000 files",
        "9.000 cases were found",
        "1.250 historic cases",
        "1e6 files",
        "a rate of 1E-6",
        "9 000 cases",
        "On March 3 200 cases were closed",
        "Total 120 340 560",
        "call +1 202 555 0143",
        // negative numbers: a count is never below zero, and the digits alone would invent one
        "minus -5 cases",
        "a change of \u22125 cases",
        "(-12) cases",
        // labels and identifiers
        "section 5 of the Act",
        "paragraph 3.2",
        "Room 2",
        "No. 10",
        "COVID-19",
        "M25",
        "Q3",
        "1. Apologies",
        // pronoun "one" and page chrome
        "no one came",
        "one of the officers",
        "Most Read",
        "the most serious cases",
        "most likely"
      })
  void refusesWhatIsNotACount(String phrase) {
    assertThat(parser.parseAll(phrase)).isEmpty();
  }

  /** A year after a named quarter or a part of a year is a date even when a noun follows it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "In quarter 3 of 2023 officers made 80 arrests.",
        "Quarter 2 2024 officers made 80 arrests.",
        "In the fourth quarter 2023 officers made 80 arrests.",
        "In the 1st quarter of 2024 officers made 80 arrests.",
        "In quarter three of 2023 officers made 80 arrests.",
        "By the end of 2023 officers made 80 arrests.",
        "At the start of 2023 officers made 80 arrests.",
        "In the middle of 2023 officers made 80 arrests.",
        "At the beginning of 2023 officers made 80 arrests.",
        "In early 2023 officers made 80 arrests.",
        "Late 2023 officers made 80 arrests.",
        "In mid-2023 officers made 80 arrests.",
        "In Q1 of 2024 officers made 80 arrests.",
        "In the first quarter of 2024 officers made 80 arrests.",
        "For the rest of 2023 officers made 80 arrests.",
        "For the remainder of 2023 officers made 80 arrests.",
        "In the second half of 2023 officers made 80 arrests.",
        "In the first half of 2024 officers made 80 arrests.",
        "By end-2023 officers made 80 arrests.",
        "By end\u20132023 officers made 80 arrests.",
        "By end 2023 officers made 80 arrests.",
        "At year-end 2023 officers made 80 arrests.",
        "By mid-2024 officers made 80 arrests.",
        "By mid\u20112024 officers made 80 arrests.",
        "By mid\u20132024 officers made 80 arrests.",
        "In early 2024 officers made 80 arrests.",
        "By early\u20132024 officers made 80 arrests.",
        "In late 2023 officers made 80 arrests.",
        "late 2023 officers made 80 arrests."
      })
  void readsTheYearAfterAPartOfAYearAsADate(String sentence) {
    assertThat(parser.parseAll(sentence)).extracting(q -> q.span().text()).containsExactly("80");
  }

  /** No part of a year before it, so a four-digit number before a noun stays a count. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023 officers were trained.                    | 2023
          By the end of 300 cases the team had stopped.  | 300
          Some 2023 officers were trained in quarter 3.  | Some 2023
          """)
  void keepsACountThatNoPartOfAYearComesBefore(String sentence, String expected) {
    assertThat(parser.parseAll(sentence))
        .extracting(q -> q.span().text())
        .containsExactly(expected);
  }

  @Test
  void keepsTheCountNextToAYearButNotTheYear() {
    List<Quantity> found = parser.parseAll("There were 9,000 cases in 2019 and 1,200 since 2014.");
    assertThat(found).extracting(q -> q.span().text()).containsExactly("9,000", "1,200");
  }

  @Test
  void doesNotAlsoReadTheLowEndOfARangeOnItsOwn() {
    List<Quantity> found = parser.parseAll("the force expected maybe 2,000 or 3,000 cases");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).count()).isEqualTo(Interval.between(2000, 3000));
  }

  @Test
  void readsAChangeFromOneFigureToAnotherAsTwoFigures() {
    List<Quantity> found = parser.parseAll("Referrals rose from 2,000 to 3,000 last year.");
    assertThat(found).extracting(q -> q.span().text()).containsExactly("2,000", "3,000");
  }

  @Test
  void readsTwoFiguresJoinedDownwardsAsTwoFigures() {
    List<Quantity> found = parser.parseAll("of 9,000 or 1,200 cases");
    assertThat(found).extracting(q -> q.span().text()).containsExactly("9,000", "1,200");
  }
}
