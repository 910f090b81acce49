package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Directional controls in displayed text are closed where the text ends (UAX #9's pairs). */
class BidiTest {

  @Test
  void anOverrideLeftOpenIsClosedAtTheEndOfItsText() {
    assertThat(Bidi.balanced("Cases \u202Efound")).isEqualTo("Cases \u202Efound\u202C");
    assertThat(Bidi.balanced("\u2067\u202Bx")).isEqualTo("\u2067\u202Bx\u202C\u2069");
  }

  @Test
  void aCloserWithNothingOfItsOwnToCloseIsLeftOut() {
    assertThat(Bidi.balanced("a\u2069b\u202Cc")).isEqualTo("abc");
    // a PDF cannot close an embedding opened outside the isolate it stands in
    assertThat(Bidi.balanced("\u202B\u2066\u202C\u2069")).isEqualTo("\u202B\u2066\u2069\u202C");
  }

  @Test
  void textWithoutControlsOrWithPairedOnesIsUnchanged() {
    assertThat(Bidi.balanced("9,000 cases")).isEqualTo("9,000 cases");
    assertThat(Bidi.balanced("\u2067שלום\u2069 said")).isEqualTo("\u2067שלום\u2069 said");
    assertThat(Bidi.balanced(null)).isNull();
  }

  @Property
  void everythingOpenedIsClosedAndNothingElse(@ForAll("bidiText") String text) {
    String balanced = Bidi.balanced(text);
    // UAX #9: a PDF closes the innermost embedding, a PDI the innermost isolate and all inside it
    StringBuilder open = new StringBuilder();
    for (int c : balanced.codePoints().toArray()) {
      if (c >= 0x202A && c <= 0x202E && c != 0x202C) {
        open.append('e');
      } else if (c >= 0x2066 && c <= 0x2068) {
        open.append('i');
      } else if (c == 0x202C) {
        assertThat(open.toString()).as("a PDF closes an embedding of the text's own").endsWith("e");
        open.setLength(open.length() - 1);
      } else if (c == 0x2069) {
        assertThat(open.toString()).as("a PDI closes an isolate of the text's own").contains("i");
        open.setLength(open.lastIndexOf("i"));
      }
    }
    assertThat(open.toString()).as("nothing is left open").isEmpty();
    assertThat(Bidi.balanced(balanced)).isEqualTo(balanced);
    assertThat(strip(balanced)).isEqualTo(strip(text));
  }

  @Provide
  Arbitrary<String> bidiText() {
    return Arbitraries.strings()
        .withChars('a', '1', ' ')
        .withChars('\u202A', '\u202B', '\u202C', '\u202D', '\u202E')
        .withChars('\u2066', '\u2067', '\u2068', '\u2069')
        .ofMaxLength(30);
  }

  private static String strip(String s) {
    return s.replaceAll("[\u202A-\u202E\u2066-\u2069]", "");
  }
}
