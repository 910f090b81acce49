package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casefunnel.text.TextOffsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sir Mark said so. He added more.                           | 2
          Dr. Smith met St. Paul's staff. They agreed.               | 2
          Mr. J. Smith said 1.2 million. It was more.                | 2
          He said: "It is bad." The Mayor disagreed.                 | 2
          It was "a catch-all phrase" used e.g. by the press. Fine.  | 2
          The figures (see No. 5) were clear. Really?                | 2
          It rose by 2.5 per cent. Then it fell.                     | 2
          Are there 9,000 cases? Yes! Many more.                     | 3
          """)
  void splitsOnlyWhereASentenceEnds(String text, int sentences) {
    assertThat(SentenceSplitter.split(text)).hasSize(sentences);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Headline without a stop\\nSir Mark said so.              | 2
          A sentence wrapped\\nacross two lines.                   | 1
          First paragraph\\n\\nsecond one in lowercase            | 2
          """)
  void treatsLineBreaksAsEndsUnlessTheSentenceCarriesOn(String escaped, int sentences) {
    assertThat(SentenceSplitter.split(escaped.replace("\\n", "\n"))).hasSize(sentences);
  }

  @Test
  void keepsClosingQuotesWithTheirSentenceAndReportsOffsets() {
    String text = "  He said: \"It is bad.\" The Mayor disagreed.";
    List<Sentence> sentences = SentenceSplitter.split(text);
    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly("He said: \"It is bad.\"", "The Mayor disagreed.");
    Sentence second = sentences.get(1);
    assertThat(text.substring(second.offsets().charStart(), second.offsets().charEnd()))
        .isEqualTo(second.text());
  }

  @Test
  void cutsATextWithoutFullStopsIntoWindowsAtSpacesAfterClauseMarks() {
    String text = "the review found 9,000 cases, of which some were closed ".repeat(2_000);
    List<Sentence> sentences = SentenceSplitter.split(text);
    assertThat(sentences).hasSizeGreaterThan(text.length() / SentenceSplitter.MAX_LENGTH);
    assertThat(sentences).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(1_000));
    assertThat(sentences.subList(0, sentences.size() - 1)) // the last one ends with the text
        .allSatisfy(s -> assertThat(s.text()).endsWith(","));
  }

  @Test
  void cutsARunWithoutSpacesAtTheWindowLengthButNeverInsideASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(1_500);
    List<Sentence> sentences = SentenceSplitter.split(text);
    assertThat(sentences).hasSize(3);
    assertThat(sentences)
        .allSatisfy(
            s ->
                assertThat(s.text().codePointCount(0, s.text().length()) * 2)
                    .isEqualTo(s.text().length()));
  }

  /** Windows or sentences: in order, at most MAX_LENGTH, quoting the text, losing nothing. */
  @Property(tries = 300)
  void sentencesAreBoundedOrderedAndLoseNoCharacter(@ForAll("prose") String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    StringBuilder kept = new StringBuilder();
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH);
      assertThat(s.offsets()).isEqualTo(TextOffsets.of(text, s.charStart(), s.charEnd()));
      assertThat(text.substring(s.charStart(), s.charEnd())).isEqualTo(s.text());
      assertThat(s.charStart()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.charEnd();
      kept.append(s.text());
    }
    assertThat(kept.toString().replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings()
        .withChars("abc ABC 12,;:.!?\"\n")
        .withChars("\uD83D\uDE00")
        .ofMinLength(0)
        .ofMaxLength(3_000);
  }
}
