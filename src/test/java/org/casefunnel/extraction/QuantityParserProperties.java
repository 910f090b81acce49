package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class QuantityParserProperties {

  private final QuantityParser parser = new QuantityParser();

  @Property
  void readsAnyGroupedWholeNumberBackExactly(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    String grouped =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    List<Quantity> found = parser.parseAll("Police found " + grouped + " cases.");
    if (grouped.length() == 4 && n >= 1800 && n <= 2099) {
      return; // "1999" with no separator may be a year; covered by the table tests
    }
    assertThat(found).hasSize(1);
    assertThat(found.get(0).count()).isEqualTo(Interval.exactly(n));
  }

  @Property
  void neverThrowsAndEverySpanQuotesTheInput(@ForAll String text) {
    for (Quantity q : parser.parseAll(text)) {
      assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.span().text());
      assertThat(q.interval().low().signum()).isGreaterThanOrEqualTo(0);
    }
  }

  @Property
  void extractsWithinBoundsFromNumberHeavyText(@ForAll("numberHeavy") String text) {
    QuantityExtractor extractor = new QuantityExtractor();
    assertThat(extractor.extract(text))
        .allSatisfy(e -> assertThat(e.offsets().charEnd()).isLessThanOrEqualTo(text.length()));
  }

  @Property
  void neverReadsANumberJoinedToAnotherBySlash(
      @ForAll("digitGroups") String a, @ForAll("digitGroups") String b, @ForAll boolean spaced) {
    String slash = spaced ? " / " : "/";
    assertThat(parser.parseAll("They found " + a + slash + b + " cases.")).isEmpty();
  }

  @Property
  void neverReadsTheNumberAfterAnIdentifierLabel(
      @ForAll("labels") String label, @ForAll @LongRange(min = 0, max = 99_999_999L) long n) {
    assertThat(parser.parseAll("They reviewed case " + label + n + " again.")).isEmpty();
  }

  @Property
  void readsTheCountAfterOneOfAsARateOfItsPeriod(
      @ForAll @LongRange(min = 2, max = 999_999) long n, @ForAll("periods") RatePeriod period) {
    String grouped =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    String word = period.name().toLowerCase(Locale.ROOT);
    List<Quantity> found =
        parser.parseAll("It was one of " + grouped + " referrals a " + word + ".");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).count()).isEqualTo(Interval.exactly(n));
    assertThat(found.get(0).rate().period()).isEqualTo(period);
  }

  /**
   * "two thirds of a million": one count, within rounding to three significant figures of the value
   * the words give, exact only when that value is whole; never the bare scale nor a share.
   */
  @Property
  void readsAFractionOfAScaleAsOneCountNoMorePreciseThanItsWords(
      @ForAll @IntRange(min = 1, max = 9) int numerator,
      @ForAll("denominators") int denominator,
      @ForAll("scales") String scale) {
    if (numerator >= denominator) {
      return;
    }
    String phrase = fractionWords(numerator, denominator) + " of a " + scale + " calls";
    List<Quantity> found = parser.parseAll(phrase);
    assertThat(found).as(phrase).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.isShare()).isFalse();
    assertThat(q.count().isPoint()).isTrue();
    BigDecimal exact =
        BigDecimal.valueOf(Lexicon.SCALES.get(scale) * numerator)
            .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
    boolean whole = exact.stripTrailingZeros().scale() <= 0;
    assertThat(q.approximate()).as(phrase).isEqualTo(!whole);
    BigDecimal error = q.count().low().subtract(exact).abs();
    assertThat(error)
        .as(phrase)
        .isLessThanOrEqualTo(exact.multiply(new BigDecimal("0.005")).max(new BigDecimal("0.5")));
    assertThat(q.count().low().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
  }

  @Property
  void neverReadsTheYearOfADatePhraseAsACount(
      @ForAll @IntRange(min = 1800, max = 2099) int year, @ForAll("datePhrases") String phrase) {
    String text = phrase.replace("YYYY", String.valueOf(year)) + " officers made 80 arrests.";
    assertThat(Parsed.wordings(text)).as(text).containsExactly("80");
  }

  /** A place's abbreviation before bare digits is no code when a count noun follows them. */
  @Property
  void readsDigitsAfterAPlaceOnlyWhenACountNounFollows(
      @ForAll("places") String place,
      @ForAll @LongRange(min = 1, max = 99_999_999L) long n,
      @ForAll("countNouns") String noun) {
    assertThat(parser.parseAll("Figures show " + place + " " + n + " " + noun + " in total."))
        .singleElement()
        .satisfies(q -> assertThat(q.count()).isEqualTo(Interval.exactly(n)));
    assertThat(parser.parseAll("Figures show " + place + " " + n + " was closed.")).isEmpty();
  }

  /** Any other short code names a thing whatever follows: "NHS 111 calls" counts no calls. */
  @Property
  void neverReadsDigitsAfterAShortCode(
      @ForAll("codes") String code,
      @ForAll @LongRange(min = 1, max = 99_999_999L) long n,
      @ForAll("countNouns") String noun) {
    assertThat(parser.parseAll("Figures show " + code + " " + n + " " + noun + " rose.")).isEmpty();
    assertThat(parser.parseAll("Figures show " + code + " " + n + " was closed.")).isEmpty();
  }

  @Provide
  Arbitrary<RatePeriod> periods() {
    return Arbitraries.of(RatePeriod.class);
  }

  @Provide
  Arbitrary<Integer> denominators() {
    return Arbitraries.of(2, 3, 4, 5, 6, 8, 10);
  }

  @Provide
  Arbitrary<String> scales() {
    return Arbitraries.of("hundred", "thousand", "million", "billion");
  }

  @Provide
  Arbitrary<String> datePhrases() {
    return Arbitraries.of(
        "For the rest of YYYY",
        "For the remainder of YYYY",
        "In the second half of YYYY",
        "By the end of YYYY",
        "By end-YYYY",
        "By end\u2013YYYY",
        "By end YYYY",
        "At year-end YYYY",
        "By mid-YYYY",
        "By mid\u2011YYYY",
        "In early YYYY",
        "In late YYYY",
        "Late YYYY",
        "In quarter 3 of YYYY");
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of("BA", "CRN", "NHS", "GMP", "CPS");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("UK", "US", "EU");
  }

  @Provide
  Arbitrary<String> countNouns() {
    return Arbitraries.of(
        "cases", "referrals", "victims", "children", "historic cases", "calls", "files");
  }

  private static String fractionWords(int numerator, int denominator) {
    String[] units = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    String[] ordinals = {
      "", "", "half", "third", "quarter", "fifth", "sixth", "", "eighth", "", "tenth"
    };
    if (denominator == 2) {
      return "half";
    }
    String word = ordinals[denominator];
    return numerator == 1 ? "a " + word : units[numerator] + " " + word + "s";
  }

  @Provide
  Arbitrary<String> digitGroups() {
    Arbitrary<String> plain = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> grouped =
        Arbitraries.longs()
            .between(1_000, 999_999_999L)
            .map(
                n ->
                    new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK))
                        .format(n));
    return Arbitraries.oneOf(plain, grouped);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of(
        "no. ",
        "No. ",
        "NO. ",
        "no ",
        "No ",
        "NO ",
        "number ",
        "Number ",
        "ref ",
        "ref. ",
        "Ref. ",
        "REF ",
        "reference ",
        "#",
        "id ",
        "ID ",
        "nos. ");
  }

  @Provide
  Arbitrary<String> numberHeavy() {
    return Arbitraries.strings()
        .withChars("0123456789,.-% :/+()\"'\n")
        .withChars("aeiou")
        .ofMaxLength(60)
        .map(s -> "He said " + s + " one in five, tens of 2,000 or 3,000 cases.");
  }
}
