package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredQuotesTest {

  private static StoredQuotes stored(String text, String... keyThenQuote) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyThenQuote.length; i += 2) {
      m.put(keyThenQuote[i], keyThenQuote[i + 1]);
    }
    return StoredQuotes.of(text, m);
  }

  @Test
  void typographicQuotesDashesAndLineBreaksReadAsTheirPlainForms() {
    assertThat(
            StoredQuotes.normalised(
                "The force\u2019s \u201creview\u201d \u2013 of\n 2,200\u00a0cases"))
        .isEqualTo("The force's \"review\" - of 2,200 cases");
  }

  @Test
  void aSentenceQuotedWordForWordOrInALongerQuoteIsHeld() {
    String text = "The force\u2019s review found 1,200 cases. It reviewed 2,200 of them.";
    StoredQuotes q =
        stored(
            text,
            "a",
            "The force's review found 1,200 cases.",
            "b",
            "The force\u2019s review found 1,200 cases. It reviewed 2,200 of them.");
    assertThat(q.holding("The force\u2019s review found 1,200 cases.")).isEqualTo("a");
    assertThat(q.holding("It reviewed 2,200\nof them.")).isEqualTo("b");
    assertThat(q.holding("The review found 1,200 cases.")).isNull();
  }

  @Test
  void onlyWholeWordsMatchSoANumberIsNeverFoundInsideALargerOne() {
    String text = "He said 13 were charged.";
    assertThat(stored(text, "a", "He said 13 were charged.").holding("3 were charged.")).isNull();
    assertThat(StoredQuotes.containsWords("a \"quoted\" b", "\"quoted\"")).isTrue();
  }

  @Test
  void aQuoteCoveringTheQuantitysWordsInTheSourceIsCitedTheShortestFirst() {
    String text =
        "Raj Okafor said: \u201cWe now expect around 90 cases.\u201d Of those, 40 were seen.";
    StoredQuotes q =
        stored(
            text,
            "whole",
            "Raj Okafor said: \"We now expect around 90 cases.\" Of those, 40 were seen.",
            "inner",
            "We now expect around 90 cases.",
            "runs-on",
            "around 90 cases.\u201d Of those, 40 were seen.");
    int at = text.indexOf("around 90 cases");
    assertThat(q.covering(at, at + "around 90 cases".length())).isEqualTo("inner");
    int forty = text.indexOf("40 were");
    assertThat(q.covering(forty, forty + 2)).isEqualTo("runs-on");
    // words no quote covers
    assertThat(stored(text, "inner", "We now expect around 90 cases.").covering(forty, forty + 2))
        .isNull();
  }
}
