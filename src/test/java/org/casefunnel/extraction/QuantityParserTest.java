package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the quantity parser reads: digits and number words as exact counts, vague magnitudes by the
 * documented conventions, ranges with both ends, hedges and bounds, shares as fractions, the period
 * of a rate, and spans as UTF-16 offsets into the input. What it refuses or keeps apart is in
 * {@link QuantityParserRefusalsTest}.
 */
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
          1.250 million people                  | 1.250 million        | EXACT       | 1250000 | 1250000 | true
          1.5k cases                            | 1.5k                 | EXACT       | 1500    | 1500    | true
          5k runners                            | 5k                   | EXACT       | 5000    | 5000    | false
          3bn budget                            | 3bn                  | EXACT       | 3000000000 | 3000000000 | false
          a further 4 million calls             | 4 million            | EXACT       | 4000000 | 4000000 | false
          two thousand officers                 | two thousand         | EXACT       | 2000    | 2000    | false
          two thousand million records          | two thousand million | EXACT       | 2000000000 | 2000000000 | false
          one million two thousand records      | one million two thousand | EXACT   | 1002000 | 1002000 | false
          a hundred thousand calls              | a hundred thousand   | EXACT       | 100000  | 100000  | false
          a dozen more                          | a dozen              | EXACT       | 12      | 12      | false
          twenty-five volunteers                | twenty-five          | EXACT       | 25      | 25      | false
          Twenty five volunteers                | Twenty five          | EXACT       | 25      | 25      | false
          one hundred and twenty cases          | one hundred and twenty | EXACT     | 120     | 120     | false
          a hundred victims                     | a hundred            | EXACT       | 100     | 100     | false
          half a million calls                  | half a million       | EXACT       | 500000  | 500000  | false
          a quarter of a million calls          | a quarter of a million | EXACT     | 250000  | 250000  | false
          quarter of a million calls            | quarter of a million | EXACT       | 250000  | 250000  | false
          three quarters of a million people    | three quarters of a million | EXACT | 750000 | 750000 | false
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
          millions of calls                     | millions             | VAGUE       | 2000000 | 9999999
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
          2.125 per cent of calls               | 2.125 per cent       | EXACT       | 0.02125  | 0.02125
          1.250 percent of calls                | 1.250 percent        | EXACT       | 0.0125   | 0.0125
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
          300 referrals a quarter                  | QUARTER | a quarter
          300 referrals every quarter              | QUARTER | every quarter
          300 referrals per quarter                | QUARTER | per quarter
          300 referrals each quarter               | QUARTER | each quarter
          300 referrals quarterly                  | QUARTER | quarterly
          around 2,000 offences a quarter were recorded | QUARTER | a quarter
          """)
  void readsThePeriodOfARate(String phrase, RatePeriod period, String periodText) {
    Quantity q = only(phrase);
    assertThat(q.rate()).isNotNull();
    assertThat(q.rate().period()).isEqualTo(period);
    assertThat(q.rate().span().text()).isEqualTo(periodText);
  }

  /**
   * "A quarter" after a count is its period; "a quarter of" something, or a quarter of a count the
   * sentence starts from ("Of the 300 referrals"), is a share; "once a quarter" and "in one
   * quarter" are neither (the "one" counts quarters, as "in one year" counts years). Each quantity
   * reads as its wording, "share" for a share, and "per" its period for a rate.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          300 referrals a quarter                     | 300 per quarter
          1,482 referrals in a quarter                | 1,482 per quarter
          a quarter of the 300 cases                  | a quarter share; 300
          more than a quarter of cases                | more than a quarter share
          Of the 300 referrals a quarter were charged | 300; a quarter share
          Among 300 referrals a quarter were charged  | 300; a quarter share
          300 referrals a quarter of which were charged | 300; a quarter share
          300 referrals, a quarter were charged       | 300; a quarter share
          300 referrals once a quarter                | 300
          300 referrals in one quarter                | 300; one
          300 referrals in the last two quarters      | 300; two
          the last two quarters of 2024 saw a rise    | two
          in three quarters of cases                  | three quarters share
          It was one of 300 referrals a quarter       | 300 per quarter
          one of the 300 referrals a quarter the team handles | 300 per quarter
          each of 300 referrals a quarter was read    | 300 per quarter
          two of 300 referrals a quarter were charged | two; 300 per quarter
          """)
  void readsAQuarterAsAPeriodOrAShareByTheWordsAroundIt(String phrase, String expected) {
    List<String> found =
        parser.parseAll(phrase).stream()
            .map(
                q ->
                    q.span().text()
                        + (q.isShare() ? " share" : "")
                        + (q.rate() == null
                            ? ""
                            : " per " + q.rate().period().name().toLowerCase(Locale.ROOT)))
            .toList();
    assertThat(String.join("; ", found)).isEqualTo(expected);
  }

  /**
   * A fraction of a scale word is one number, never a share beside the bare scale (which would
   * state a million where the text says a third of one). A whole result is exact ("a quarter of a
   * million" is 250,000); one that is not whole is rounded to three significant figures and marked
   * approximate, like "2.3 million": "a third of a million" is about 333,000, never 333,333.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a third of a million calls            | a third of a million   | EXACT       | 333000  | true
          one third of a million calls          | one third of a million | EXACT       | 333000  | true
          two thirds of a million people        | two thirds of a million | EXACT      | 667000  | true
          two-thirds of a million people        | two-thirds of a million | EXACT      | 667000  | true
          a sixth of a million calls            | a sixth of a million   | EXACT       | 167000  | true
          a third of a thousand files           | a third of a thousand  | EXACT       | 333     | true
          about a third of a million calls      | about a third of a million | APPROXIMATE | 333000 | true
          half of a million calls               | half of a million      | EXACT       | 500000  | false
          a fifth of a million calls            | a fifth of a million   | EXACT       | 200000  | false
          an eighth of a million calls          | an eighth of a million | EXACT       | 125000  | false
          two thirds of a dozen eggs            | two thirds of a dozen  | EXACT       | 8       | false
          """)
  void readsAFractionOfAScaleAsOneNumberApproximateWhenNotWhole(
      String phrase, String span, BoundKind kind, long value, boolean approximate) {
    assertCount(phrase, span, kind, value, value, approximate);
  }

  @Test
  void leavesALowerBoundAboveTheWholeOpenEnded() {
    Quantity q = parser.parse("more than 150% of the target").orElseThrow();
    assertThat(q.share()).isEqualTo(new Interval(new BigDecimal("1.5"), null));
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
