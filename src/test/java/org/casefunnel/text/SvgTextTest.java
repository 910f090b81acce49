package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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

  /** Room in px, at 10 px, for {@code n} lower-case letters of average width (556 each). */
  private static double room(int n) {
    return n * 556 * 10 * 1.2 / 1000 + 0.001;
  }

  @Test
  void wrapsAtWordBoundariesAndIndentsContinuationLines() {
    // narrow letters and spaces let "brown fox" share a line of ten average letters
    assertThat(SvgText.wrap("the quick brown fox jumps", room(10), 10))
        .containsExactly("the quick", "  brown fox", "  jumps");
  }

  @Test
  void keepsTextThatFitsOnOneLine() {
    assertThat(SvgText.wrap("fits in ten", room(11), 10)).containsExactly("fits in ten");
  }

  @Test
  void cutsAWordLongerThanALineIntoPiecesThatFit() {
    assertThat(SvgText.wrap("a incomprehensibilities b", room(8), 10))
        .containsExactly("a incompr", "  ehensibi", "  lities b");
    assertThat(SvgText.wrap("https://example.org/a/very/long/path", room(12), 10))
        .allSatisfy(line -> assertThat(SvgText.width(line, 10)).isLessThanOrEqualTo(room(12)))
        .containsExactly("https://exampl", "  e.org/a/very/l", "  ong/path");
  }

  @Test
  void aWordAsWideAsTheFirstLineFitsThereWhole() {
    assertThat(SvgText.wrap("abcdefgh ij", room(8), 10)).containsExactly("abcdefgh", "  ij");
    assertThat(SvgText.wrap("abcdefgh", room(8), 10)).containsExactly("abcdefgh");
  }

  @Test
  void neverCutsBetweenTheHalvesOfASurrogatePair() {
    // five emoji, two chars and about one em each
    List<String> lines = SvgText.wrap("\uD83D\uDE00".repeat(5), room(5), 10);
    assertThat(lines)
        .allSatisfy(l -> assertThat(Character.isHighSurrogate(l.charAt(l.length() - 1))).isFalse());
    assertThat(lines)
        .containsExactly(
            "\uD83D\uDE00\uD83D\uDE00", "  \uD83D\uDE00\uD83D\uDE00", "  \uD83D\uDE00");
  }

  @Test
  void wrapsBlankTextToNoLines() {
    assertThat(SvgText.wrap("", room(10), 10)).isEmpty();
  }

  @Test
  void wideGlyphsWrapSoonerThanNarrowOnes() {
    // ten of the widest Latin capitals fill more than ten average letters; ten i's far less
    assertThat(SvgText.wrap("WWWWW WWWWW", room(10), 10)).containsExactly("WWWWW", "  WWWWW");
    assertThat(SvgText.wrap("iiiii iiiii iiiii", room(10), 10))
        .containsExactly("iiiii iiiii iiiii");
    // a Chinese character is about two Latin letters wide
    assertThat(SvgText.wrap("警察本部調査報告書", room(10), 10))
        .hasSize(2)
        .allSatisfy(line -> assertThat(SvgText.width(line, 10)).isLessThanOrEqualTo(room(10)));
  }

  @Test
  void neverSplitsAFlagOrALetterFromItsAccent() {
    String flag = "\uD83C\uDDEC\uD83C\uDDE7"; // 🇬🇧, two regional indicators
    List<String> lines = SvgText.wrap(flag.repeat(8), room(6), 10);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines).allSatisfy(l -> assertThat(l.strip().length() % 4).isZero());
    // "e" with a combining acute stays one piece
    List<String> accents = SvgText.wrap("e\u0301".repeat(40), room(6), 10);
    assertThat(accents).allSatisfy(l -> assertThat(l.strip()).doesNotStartWith("\u0301"));
    // an emoji with its skin tone, and a family joined by zero-width joiners
    String thumb = "\uD83D\uDC4D\uD83C\uDFFD";
    assertThat(SvgText.wrap(thumb.repeat(12), room(4), 10))
        .allSatisfy(l -> assertThat(l.strip().length() % 4).isZero());
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertThat(SvgText.wrap(family.repeat(3), room(2), 10))
        .allSatisfy(l -> assertThat(l.strip().length() % family.length()).isZero());
  }

  @Property(tries = 1000)
  void noLineIsWiderThanItsRoomAndNoCharacterIsLost(
      @ForAll("labels") String text,
      @ForAll @IntRange(min = 3, max = 120) int letters,
      @ForAll @IntRange(min = 8, max = 20) int size) {
    double room = letters * 556 * size * 1.2 / 1000;
    List<String> lines = SvgText.wrap(text, room, size);
    assertThat(lines)
        .allSatisfy(line -> assertThat(SvgText.width(line, size)).isLessThanOrEqualTo(room));
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings()
        .withChars("aiWM .,/-éß")
        .withCharRange('\u4e00', '\u4e10')
        .withChars('\uD83D')
        .ofMaxLength(300)
        .map(t -> t.replace("\uD83D", "\uD83D\uDE00"));
  }
}
