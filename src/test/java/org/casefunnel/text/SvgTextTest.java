package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void leavesOutEveryCharacterXmlForbidsEvenEscaped() {
    assertThat(SvgText.escape("a\u0001b\uFFFEc\uFFFFd\u000Be\tf\uD800g")).isEqualTo("abcde\tfg");
    assertThat(SvgText.forMarkup("Cases \uFFFF flagged\u001b")).isEqualTo("Cases  flagged");
    assertThat(SvgText.forMarkup("\uD83D\uDE00 paired")).isEqualTo("\uD83D\uDE00 paired");
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
  void cutsAWordLongerThanALineIntoPiecesThatFit() {
    assertThat(SvgText.wrap("a incomprehensibilities b", 8))
        .containsExactly("a incomp", "  rehens", "  ibilit", "  ies b");
    assertThat(SvgText.wrap("https://example.org/a/very/long/path", 12))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(12))
        .containsExactly("https://exam", "  ple.org/a/", "  very/long/", "  path");
  }

  @Test
  void aWordAsWideAsTheFirstLineFitsThereWhole() {
    assertThat(SvgText.wrap("abcdefgh ij", 8)).containsExactly("abcdefgh", "  ij");
    assertThat(SvgText.wrap("abcdefghij", 8)).containsExactly("abcdefgh", "  ij");
  }

  @Test
  void neverCutsBetweenTheHalvesOfASurrogatePair() {
    // five emoji, two chars each: a piece of 3 chars would end on a high surrogate
    List<String> lines = SvgText.wrap("\uD83D\uDE00".repeat(5), 5);
    assertThat(lines)
        .allSatisfy(l -> assertThat(Character.isHighSurrogate(l.charAt(l.length() - 1))).isFalse());
    assertThat(lines)
        .containsExactly(
            "\uD83D\uDE00\uD83D\uDE00", "  \uD83D\uDE00", "  \uD83D\uDE00", "  \uD83D\uDE00");
  }

  @Test
  void wrapsBlankTextToNoLines() {
    assertThat(SvgText.wrap("", 10)).isEmpty();
  }
}
