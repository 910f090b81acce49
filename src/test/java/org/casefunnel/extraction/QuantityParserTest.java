package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

  private final QuantityParser parser = new QuantityParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # phrase                              | span                 | kind        | low     | high    | approximate
          9,000 historic cases                  | 9,000                | EXACT       | 9000    | 9000    | false
          1,200 remained in scope               | 1,200                | EXACT       | 1200    | 1200    | false
          1.2 million people                    | 1.2 million          | EXACT       | 1200000 | 1200000 | true
          2.5m in assets                        | 2.5m                 | EXACT       | 2500000 | 2500000 | true
          1.5k cases                            | 1.5k                 | EXACT       | 1500    | 1500    | true
          5k runners                            | 5k                   | EXACT       | 5000    | 5000    | false
          3bn budget                            | 3bn                  | EXACT       | 3000000000 | 3000000000 | false
          worth £4 million                      | 4 million            | EXACT       | 4000000 | 4000000 | false
          two thousand officers                 | two thousand         | EXACT       | 2000    | 2000    | false
          a dozen more                          | a dozen              | EXACT       | 12      | 12      | false
          twenty-five volunteers                | twenty-five          | EXACT       | 25      | 25      | false
          Twenty five volunteers                | Twenty five          | EXACT       | 25      | 25      | false
          one hundred and twenty cases          | one hundred and twenty | EXACT     | 120     | 120     | false
          a hundred victims                     | a hundred            | EXACT       | 100     | 100     | false
          half a million calls                  | half a million       | EXACT       | 500000  | 500000  | false
          two dozen cases                       | two dozen            | EXACT       | 24      | 24      | false
          one victim came forward               | one                  | EXACT       | 1       | 1       | false
          9\u00A0000 historic cases             | 9\u00A0000           | EXACT       | 9000    | 9000    | false
          12\u2009500\u2009000 calls            | 12\u2009500\u2009000  | EXACT       | 12500000 | 12500000 | false
          On 3 March 1,200 remained             | 1,200                | EXACT       | 1200    | 1200    | false
          In March 200 cases were found         | 200                  | EXACT       | 200     | 200     | false
          """)
  void readsDigitsAndNumberWordsAsExactCounts(
      String phrase, String span, BoundKind kind, long low, long high, boolean approximate) {
    assertCount(phrase, span, kind, low, high, approximate);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          investigating tens of cases           | tens                 | VAGUE       | 20      | 99
          dozens of survivors                   | dozens               | VAGUE       | 24      | 143
          hundreds of children                  | hundreds             | VAGUE       | 200     | 999
          Thousands of calls                    | Thousands            | VAGUE       | 2000    | 9999
          millions of pounds                    | millions             | VAGUE       | 2000000 | 9999999
          tens of thousands of people           | tens of thousands    | VAGUE       | 20000   | 99999
          hundreds of thousands of records      | hundreds of thousands | VAGUE      | 200000  | 999999
          several hundred victims               | several hundred      | VAGUE       | 300     | 900
          a few thousand cases                  | a few thousand       | VAGUE       | 2000    | 5000
          """)
  void readsVagueMagnitudesWithTheDocumentedConventions(
      String phrase, String span, BoundKind kind, long low, long high) {
    assertCount(phrase, span, kind, low, high, true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          maybe 2,000 or 3,000 cases            | maybe 2,000 or 3,000 | RANGE       | 2000    | 3000    | true
          2,000 or 3,000 cases                  | 2,000 or 3,000       | RANGE       | 2000    | 3000    | false
          between 900 and 1,400 calls           | between 900 and 1,400 | RANGE      | 900     | 1400    | false
          2,000-3,000 children                  | 2,000-3,000          | RANGE       | 2000    | 3000    | false
          2,000–3,000 children                  | 2,000–3,000          | RANGE       | 2000    | 3000    | false
          2,000 to 3,000 children               | 2,000 to 3,000       | RANGE       | 2000    | 3000    | false
          from 2,000 to 3,000 children          | from 2,000 to 3,000  | RANGE       | 2000    | 3000    | false
          2 to 3 million people                 | 2 to 3 million       | RANGE       | 2000000 | 3000000 | false
          one or two officers                   | one or two           | RANGE       | 1       | 2       | false
          around 2,000-3,000 cases              | around 2,000-3,000   | RANGE       | 2000    | 3000    | true
          5m-10m calls                          | 5m-10m               | RANGE       | 5000000 | 10000000 | false
          """)
  void readsRangesWithBothEnds(
      String phrase, String span, BoundKind kind, long low, long high, boolean approximate) {
    assertCount(phrase, span, kind, low, high, approximate);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          around 2,000 offences                 | around 2,000         | APPROXIMATE | 2000    | 2000    | true
          about 40 officers                     | about 40             | APPROXIMATE | 40      | 40      | true
          approximately 1,500 calls             | approximately 1,500  | APPROXIMATE | 1500    | 1500    | true
          some 300 victims                      | some 300             | APPROXIMATE | 300     | 300     | true
          nearly 500 arrests                    | nearly 500           | APPROXIMATE | 500     | 500     | true
          almost 90 cases                       | almost 90            | APPROXIMATE | 90      | 90      | true
          maybe 40 cases                        | maybe 40             | APPROXIMATE | 40      | 40      | true
          2,000 or so cases                     | 2,000 or so          | APPROXIMATE | 2000    | 2000    | true
          more than 9,000 cases                 | more than 9,000      | AT_LEAST    | 9001    |         | false
          over 100 calls                        | over 100             | AT_LEAST    | 101     |         | false
          at least one victim                   | at least one         | AT_LEAST    | 1       |         | false
          two or more suspects                  | two or more          | AT_LEAST    | 2       |         | false
          9,000+ cases                          | 9,000+               | AT_LEAST    | 9000    |         | false
          up to 500 officers                    | up to 500            | AT_MOST     | 0       | 500     | false
          fewer than 20 cases                   | fewer than 20        | AT_MOST     | 0       | 19      | false
          no more than 12 staff                 | no more than 12      | AT_MOST     | 0       | 12      | false
          50 or fewer victims                   | 50 or fewer          | AT_MOST     | 0       | 50      | false
          """)
  void appliesHedgesAndBounds(
      String phrase, String span, BoundKind kind, long low, Long high, boolean approximate) {
    Quantity q = only(phrase);
    assertThat(q.span().text()).isEqualTo(span);
    assertThat(q.bound()).isEqualTo(kind);
    assertThat(q.count().low()).isEqualTo(BigDecimal.valueOf(low));
    assertThat(q.count().high()).isEqualTo(high == null ? null : BigDecimal.valueOf(high));
    assertThat(q.approximate()).isEqualTo(approximate);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          half of which involve abuse           | half                 | EXACT       | 0.5      | 0.5
          a third of referrals                  | a third              | EXACT       | 0.333333 | 0.333333
          two-thirds of victims                 | two-thirds           | EXACT       | 0.666667 | 0.666667
          three quarters of cases               | three quarters       | EXACT       | 0.75     | 0.75
          one in five came from police          | one in five          | EXACT       | 0.2      | 0.2
          1 in 4 victims                        | 1 in 4               | EXACT       | 0.25     | 0.25
          nine out of ten callers               | nine out of ten      | EXACT       | 0.9      | 0.9
          25% of cases                          | 25%                  | EXACT       | 0.25     | 0.25
          25 per cent of cases                  | 25 per cent          | EXACT       | 0.25     | 0.25
          12.5 percent of calls                 | 12.5 percent         | EXACT       | 0.125    | 0.125
          20-25% of victims                     | 20-25%               | RANGE       | 0.2      | 0.25
          more than half of the cases           | more than half       | AT_LEAST    | 0.5      | 1
          fewer than 5% of cases                | fewer than 5%        | AT_MOST     | 0        | 0.05
          most of the victims                   | most                 | VAGUE       | 0.5      | 1
          most victims                          | most                 | VAGUE       | 0.5      | 1
          the majority of cases                 | the majority         | VAGUE       | 0.5      | 1
          the vast majority of cases            | the vast majority    | VAGUE       | 0.75     | 1
          a minority of cases                   | a minority           | VAGUE       | 0        | 0.5
          """)
  void readsSharesAsFractionsNotCounts(
      String phrase, String span, BoundKind kind, String low, String high) {
    Quantity q = only(phrase);
    assertThat(q.isShare()).isTrue();
    assertThat(q.count()).isNull();
    assertThat(q.span().text()).isEqualTo(span);
    assertThat(q.bound()).isEqualTo(kind);
    assertThat(q.share()).isEqualTo(new Interval(new BigDecimal(low), new BigDecimal(high)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          around 2,000 sexual offences every month | MONTH | every month
          500 cases a year                         | YEAR  | a year
          40 referrals per week                    | WEEK  | per week
          300 calls each day                       | DAY   | each day
          1,000 inspections annually               | YEAR  | annually
          2,000 cases were recorded every month    | MONTH | every month
          """)
  void readsThePeriodOfARate(String phrase, RatePeriod period, String periodText) {
    Quantity q = only(phrase);
    assertThat(q.rate()).isNotNull();
    assertThat(q.rate().period()).isEqualTo(period);
    assertThat(q.rate().span().text()).isEqualTo(periodText);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2,000 cases a year ago",
        "9,000 cases over the past year",
        "40 cases in one year",
        "2,000 cases, every one of them"
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

  @Test
  void leavesALowerBoundAboveTheWholeOpenEnded() {
    Quantity q = parser.parse("more than 150% of the target").orElseThrow();
    assertThat(q.share()).isEqualTo(new Interval(new BigDecimal("1.5"), null));
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

  @Test
  void reportsSpansAsUtf16OffsetsIntoTheInput() {
    String text = "\uD83D\uDE00 Police found 9,000 cases.";
    Quantity q = parser.parse(text).orElseThrow();
    assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo("9,000");
    assertThat(q.span().offsetsIn(text).codePointStart()).isEqualTo(q.span().start() - 1);
  }

  @Test
  void widensAnApproximateFigureOnlyWhenTheCallerAsks() {
    Quantity q = parser.parse("around 2,000 offences").orElseThrow();
    assertThat(q.count()).isEqualTo(Interval.exactly(2000));
    assertThat(q.count().widen(new BigDecimal("0.1"))).isEqualTo(Interval.between(1800, 2200));
  }

  private void assertCount(
      String phrase, String span, BoundKind kind, long low, long high, boolean approximate) {
    Quantity q = only(phrase);
    assertThat(q.span().text()).isEqualTo(span);
    assertThat(q.bound()).isEqualTo(kind);
    assertThat(q.count()).isEqualTo(Interval.between(low, high));
    assertThat(q.isShare()).isFalse();
    assertThat(q.approximate()).isEqualTo(approximate);
  }

  private Quantity only(String phrase) {
    List<Quantity> found = parser.parseAll(phrase);
    assertThat(found).as("quantities in '%s'", phrase).hasSize(1);
    return found.get(0);
  }
}
