package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.casefunnel.text.TextOffsets;
import org.casefunnel.text.TextQuoteSelector;

class CodePointsTest {

  @Property(tries = 2000)
  void givesTheSameOffsetsAndQuotesAsCountingFromTheStart(
      @ForAll("withSurrogates") String text,
      @ForAll @IntRange(max = 200) int a,
      @ForAll @IntRange(max = 200) int b) {
    int start = Math.min(a, b) % (text.length() + 1);
    int end = Math.max(start, Math.max(a, b) % (text.length() + 1));
    CodePoints codePoints = CodePoints.of(text);
    assertThat(codePoints.at(start)).isEqualTo(text.codePointCount(0, start));
    assertThat(codePoints.offsets(start, end)).isEqualTo(TextOffsets.of(text, start, end));
    assertThat(codePoints.quote(start, end)).isEqualTo(TextQuoteSelector.of(text, start, end));
  }

  @Provide
  Arbitrary<String> withSurrogates() {
    return Arbitraries.strings()
        .withChars("ab 1\uD83D\uDE00\uD835\uDD18")
        .withChars("\uD800\uDC00\uDFFF")
        .ofMaxLength(120);
  }
}
