package org.casefunnel.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredQuotesTest {

  private static Map<String, String> stored(String... quoteThenKey) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < quoteThenKey.length; i += 2) {
      m.put(StoredQuotes.normalised(quoteThenKey[i]), quoteThenKey[i + 1]);
    }
    return m;
  }

  @Test
  void typographicQuotesDashesAndLineBreaksReadAsTheirPlainForms() {
    assertThat(
            StoredQuotes.normalised(
                "The force\u2019s \u201creview\u201d \u2013 of\n 2,200\u00a0cases"))
        .isEqualTo("The force's \"review\" - of 2,200 cases");
  }

  @Test
  void onlyWholeWordsMatchSoANumberIsNeverFoundInsideALargerOne() {
    Map<String, String> q =
        stored("He said 13 were charged.", "a", "13 cases were closed today", "b");
    assertThat(StoredQuotes.holding(q, "3 were charged.")).isNull();
    String sentence = "He said \"13 cases were closed today\" and 3 cases remain open.";
    assertThat(StoredQuotes.within(q, sentence, "3 cases")).isNull();
    assertThat(StoredQuotes.within(q, sentence, "13 cases")).isEqualTo("b");
    assertThat(StoredQuotes.containsWords("a \"quoted\" b", "\"quoted\"")).isTrue();
  }

  @Test
  void aSentenceQuotedWordForWordOrInALongerQuoteIsHeld() {
    Map<String, String> q =
        stored(
            "The force's review found 1,200 cases.",
            "a",
            "It reviewed 2,200 of them.\nThe force\u2019s review found 300 more.",
            "b");
    assertThat(StoredQuotes.holding(q, "The force\u2019s review found 1,200 cases."))
        .isEqualTo("a");
    assertThat(StoredQuotes.holding(q, "The force's review found 300 more.")).isEqualTo("b");
    assertThat(StoredQuotes.holding(q, "The review found 1,200 cases.")).isNull();
  }

  @Test
  void aQuoteWithinTheSentenceCountsOnlyWhenItHoldsTheQuantity() {
    Map<String, String> q =
        stored("We now expect around 90 cases to be referred.", "p1", "said today", "p2");
    String sentence =
        "Raj Okafor said today: \u201cWe now expect around 90 cases to be referred.\u201d";
    assertThat(StoredQuotes.within(q, sentence, "around 90 cases")).isEqualTo("p1");
    // the quote does not hold "Raj Okafor", nor does a two-word quote stand for the sentence
    assertThat(StoredQuotes.within(q, sentence + " He named 4 officers.", "4 officers")).isNull();
  }
}
