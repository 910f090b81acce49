package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LabelAndMoneyRefusalProperties {

  private final QuantityParser parser = new QuantityParser();

  @Property
  void neverReadsAnyNumberOfARangeOrListAfterAPluralLabel(
      @ForAll("pluralLabels") String label,
      @ForAll("joiners") String joiner,
      @ForAll @IntRange(min = 0, max = 99_999) int a,
      @ForAll @IntRange(min = 0, max = 99_999) int b) {
    assertThat(parser.parseAll("See " + label + " " + a + joiner + b + " of the report."))
        .isEmpty();
  }

  @Property
  void neverReadsAnAmountOfMoney(
      @ForAll("currencies") String currency,
      @ForAll @LongRange(min = 0, max = 999_999_999L) long n) {
    String amount = currency.replace("N", grouped(n));
    assertThat(parser.parseAll("The force paid " + amount + " to victims.")).isEmpty();
  }

  @Property
  void neverReadsATemperature(
      @ForAll @IntRange(min = 0, max = 999) int n, @ForAll("degrees") String degrees) {
    assertThat(parser.parseAll("It was " + n + degrees + " outside.")).isEmpty();
  }

  @Property
  void neverReadsTheNumberAfterALabelAndColon(
      @ForAll("colonLabels") String label, @ForAll @LongRange(min = 0, max = 99_999_999L) long n) {
    assertThat(parser.parseAll("Filed under " + label + ": " + n + " today.")).isEmpty();
  }

  @Property
  void stillReadsAGroupedCountAfterTheWordCases(
      @ForAll @LongRange(min = 1_000, max = 999_999_999L) long n) {
    assertThat(parser.parseAll("Cases " + grouped(n) + " in all.")).hasSize(1);
  }

  private static String grouped(long n) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
  }

  @Provide
  Arbitrary<String> pluralLabels() {
    return Arbitraries.of(
        "pages",
        "Pages",
        "nos.",
        "paragraphs",
        "Paragraphs",
        "paras",
        "sections",
        "clauses",
        "cases",
        "Cases",
        "items");
  }

  @Provide
  Arbitrary<String> joiners() {
    return Arbitraries.of("-", "\u2013", " to ", " and ", " or ", ", ");
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of(
        "£N",
        "$N",
        "€N",
        "¥N",
        "£ N",
        "£Nm",
        "£Nk",
        "£Nbn",
        "GBP N",
        "N USD",
        "N pounds",
        "N euros",
        "N dollars",
        "N pence",
        "£N million",
        "N million pounds");
  }

  @Provide
  Arbitrary<String> degrees() {
    return Arbitraries.of("°C", " °C", "°F", " degrees", "°");
  }

  @Provide
  Arbitrary<String> colonLabels() {
    return Arbitraries.of("ref", "Ref", "ID", "id", "no", "Case no", "UIN", "reference");
  }
}
