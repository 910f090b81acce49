package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTextTest {

  @Test
  void escapesTheFiveXmlSpecialCharacters() {
    assertThat(SvgText.escape("a & b < c > d \"e\" 'f'"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  }

  @Test
  void escapesAnAmpersandOnlyOnceSoEntitiesInTheInputStayText() {
    assertThat(SvgText.escape("&lt;")).isEqualTo("&amp;lt;");
  }

  @Test
  void dropsControlCharactersXmlForbidsButKeepsLineBreaksAndTabs() {
    assertThat(SvgText.escape("a\u0000b\u0007c\u001bd\u000be")).isEqualTo("abcde");
    assertThat(SvgText.escape("one\ntwo\tthree\rfour")).isEqualTo("one\ntwo\tthree\rfour");
  }

  @Test
  void keepsCharactersOutsideTheBasicPlaneWhole() {
    assertThat(SvgText.escape("\uD83D\uDCCA 12 · café")).isEqualTo("\uD83D\uDCCA 12 · café");
  }

  @Test
  void escapesNullAsEmptyText() {
    assertThat(SvgText.escape(null)).isEmpty();
  }

  @Test
  void wrapsAtWordBoundariesAndIndentsContinuationLines() {
    assertThat(SvgText.wrap("the quick brown fox jumps", 10))
        .containsExactly("the quick", "  brown", "  fox", "  jumps");
  }

  @Test
  void keepsTextThatFitsOnOneLine() {
    assertThat(SvgText.wrap("fits in ten", 11)).containsExactly("fits in ten");
  }

  @Test
  void leavesAWordLongerThanTheWidthWholeOnALineOfItsOwn() {
    assertThat(SvgText.wrap("a incomprehensibilities b", 8))
        .containsExactly("a", "  incomprehensibilities", "  b");
    assertThat(SvgText.wrap("incomprehensibilities", 8)).containsExactly("incomprehensibilities");
  }

  @Test
  void wrapsBlankTextToNoLines() {
    assertThat(SvgText.wrap("", 10)).isEmpty();
  }
}
