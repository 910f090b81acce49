package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InSentenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Identified, identified",
    "Reviewed by the NSPCC and CPS panel, reviewed by the NSPCC and CPS panel",
    "Historic cases the Metropolitan Police Service identified,"
        + " historic cases the Metropolitan Police Service identified",
    "NSPCC referrals, NSPCC referrals",
    "CPS-led reviews, CPS-led reviews",
    "A, A",
    "McDonald review, McDonald review",
    "in scope, in scope",
    "Émis, émis",
    "'1,200 in scope', '1,200 in scope'",
  })
  void aLabelKeepsTheCapitalsOfNamesAndAbbreviations(String label, String inSentence) {
    assertThat(InSentence.label(label)).isEqualTo(inSentence);
  }
}
