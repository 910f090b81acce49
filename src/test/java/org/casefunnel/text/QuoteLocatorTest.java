package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

  @Test
  void findsExactQuoteWithOffsetsPrefixAndSuffix() {
    String text = "Intro. He said 9,000 cases were found. Outro.";
    var at = QuoteLocator.locate(text, "9,000 cases were found").orElseThrow();
    assertThat(at.start()).isEqualTo(15);
    assertThat(at.end()).isEqualTo(37);
    assertThat(at.exact()).isEqualTo("9,000 cases were found");
    assertThat(at.prefix()).isEqualTo("Intro. He said ");
    assertThat(at.suffix()).isEqualTo(". Outro.");
  }

  @Test
  void forgivesWhitespaceRunsAndTypographicQuotesOnly() {
    String text = "She said \u201cmaybe\n  2,000\u201d and left.";
    var at = QuoteLocator.locate(text, "said \"maybe 2,000\"").orElseThrow();
    assertThat(at.exact()).isEqualTo("said \u201cmaybe\n  2,000\u201d");
    assertThat(QuoteLocator.locate(text, "said maybe 2,000")).isEmpty();
    assertThat(QuoteLocator.locate(text, "Said \"maybe 2,000\"")).isEmpty();
  }

  @Test
  void forgivesADashTypedAsAHyphen() {
    String text = "The review \u2013 of 2,200 cases \u2014 found 1,200.";
    var at = QuoteLocator.locate(text, "review - of 2,200 cases - found").orElseThrow();
    assertThat(at.exact()).isEqualTo("review \u2013 of 2,200 cases \u2014 found");
  }

  @Test
  void countsOffsetsInCodePoints() {
    String text = "\uD83D\uDCCA chart: 12 cases";
    var at = QuoteLocator.locate(text, "12 cases").orElseThrow();
    assertThat(at.start()).isEqualTo(9);
    assertThat(at.end()).isEqualTo(17);
    assertThat(at.prefix()).isEqualTo("\uD83D\uDCCA chart: ");
  }

  @Test
  void refusesBlankOrMissingQuotes() {
    assertThat(QuoteLocator.locate("text", "   ")).isEmpty();
    assertThat(QuoteLocator.locate("text", "other")).isEmpty();
    assertThat(QuoteLocator.locate(null, "text")).isEmpty();
  }

  @Test
  void keepsPrefixAndSuffixToThirtyTwoCharacters() {
    String text = "a".repeat(100) + "QUOTE" + "b".repeat(100);
    var at = QuoteLocator.locate(text, "QUOTE").orElseThrow();
    assertThat(at.prefix()).hasSize(32);
    assertThat(at.suffix()).hasSize(32);
  }
}
