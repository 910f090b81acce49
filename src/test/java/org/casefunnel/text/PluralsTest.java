package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "case, cases",
    "sexual offence, sexual offences",
    "referral, referrals",
    "child, children",
    "Child, Children",
    "person, people",
    "looked-after child, looked-after children",
    "inquiry, inquiries",
    "family, families",
    "survey, surveys",
    "address, addresses",
    "match, matches",
    "box, boxes",
    "census, censuses",
    "analysis, analyses",
    "case file, case files",
    "cases, cases",
    "police, police",
    "staff, staff",
    "series, series",
    "woman, women",
    "Fall, Falls",
    "member of staff, members of staff",
    "child in care, children in care",
    "child at risk of exploitation, children at risk of exploitation",
    "CASE, CASES",
    "policeman, policemen",
    "spokeswoman, spokeswomen",
    "human, humans",
    "mother-in-law, mothers-in-law",
    "child or young person, children or young people",
    "INQUIRY, INQUIRIES",
    "passer-by, passers-by",
    "young passer-by, young passers-by",
    "Passer-By, Passers-By",
    "Passer-by, Passers-by",
    "PASSER-BY, PASSERS-BY",
    "Runner-up, Runners-up",
    "follow-up, follow-ups",
    "passers-by, passers-by",
    "runners-up, runners-up",
    "Children, Children",
  })
  void aUnitReadsInThePluralOnceWhateverItsEnding(String singular, String plural) {
    assertThat(Plurals.plural(singular)).isEqualTo(plural);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'case (2024)'", "'Fall 7'", "'ケース'"})
  void aUnitNotEndingInALatinLetterWordIsLeftAsGiven(String unit) {
    // nothing to pluralise safely: a number, a bracket or another script
    assertThat(Plurals.plural(unit)).isEqualTo(unit);
  }
}
