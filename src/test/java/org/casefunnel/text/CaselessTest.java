package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaselessTest {

  @ParameterizedTest(name = "''{0}'' and ''{1}'' are one name")
  @CsvSource({
    "Group-based, group-based",
    "'\u00e9tranger', 'e\u0301tranger'",
    "Stra\u00dfe, STRASSE",
    "\u01c5, \u01c6",
    "\u01c4, \u01c6",
    "'\uff21bc', abc",
    "' online', online",
    "'\ufb01le', file"
  })
  void readsTheSameNameAsOne(String a, String b) {
    assertThat(Caseless.key(a)).isEqualTo(Caseless.key(b));
  }

  @ParameterizedTest(name = "''{0}'' and ''{1}'' stay two names")
  @CsvSource({"online, offline", "'e', '\u00e9'", "group based, group-based", "a b, ab"})
  void keepsDifferentNamesApart(String a, String b) {
    assertThat(Caseless.key(a)).isNotEqualTo(Caseless.key(b));
  }
}
