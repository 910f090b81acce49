package org.casefunnel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void numbersHaveOneDecimalAndAPointWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Svg.f(1234.56)).isEqualTo("1234.6");
      assertThat(new Svg().line("axis", 0, 1.25, 2, 3, 0.5, null).toString())
          .isEqualTo(
              "<line class=\"axis\" x1=\"0.0\" y1=\"1.3\" x2=\"2.0\" y2=\"3.0\""
                  + " stroke=\"#1a202c\" stroke-width=\"0.5\"/>\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void textIsEscapedSoAFunnelsWordsNeverBecomeMarkup() {
    String svg = new Svg().text(1, 2, 12, "bold", "#000", "<script>&</script>").toString();
    assertThat(svg)
        .contains(">&lt;script&gt;&amp;&lt;/script&gt;</text>")
        .doesNotContain("<script");
  }

  @Test
  void aRectangleIsNeverNarrowerThanHalfAUnitAndADashIsOptional() {
    assertThat(new Svg().rect("bar", 0, 0, 0, 20, "#fff", "#000", null).toString())
        .contains("width=\"0.5\"")
        .doesNotContain("stroke-dasharray");
    assertThat(new Svg().rect("bar", 0, 0, 10, 20, "#fff", "#000", "4 2").toString())
        .contains("width=\"10.0\"")
        .contains("stroke-dasharray=\"4 2\"");
  }

  @Test
  void aPathIsStrokedAndNotFilled() {
    assertThat(new Svg().path("whisker", "M0 0 H10", "#c05621", 2).toString())
        .isEqualTo(
            "<path class=\"whisker\" d=\"M0 0 H10\" stroke=\"#c05621\" stroke-width=\"2.0\""
                + " fill=\"none\"/>\n");
  }
}
