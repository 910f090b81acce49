package org.casefunnel.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionsDifferTest {

  private static Map<String, String> of(String... funnelThenDefinition) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < funnelThenDefinition.length; i += 2) {
      m.put(funnelThenDefinition[i], funnelThenDefinition[i + 1]);
    }
    return m;
  }

  @Test
  void twoDefinitionsThatDifferAreSaidToDiffer() {
    assertThat(
            CompareService.definitionsDiffer(
                "identified", of("a", "two or more suspects", "b", "any suspect")))
        .isEqualTo("The funnels define 'identified' differently.");
  }

  @Test
  void aDefinitionGivenByOneFunnelOnlyIsNotCalledDifferent() {
    assertThat(
            CompareService.definitionsDiffer(
                "identified", of("def-a", "two or more suspects", "def-b", null)))
        .isEqualTo(
            "Only def-a defines 'identified'; the others give no definition, so whether they count"
                + " the same is unknown.");
    assertThat(
            CompareService.definitionsDiffer(
                "identified",
                of("a", "Two or more  suspects", "b", "two or more suspects", "c", " ")))
        .startsWith("Only a, b define 'identified'");
  }

  @Test
  void definitionsThatAgreeOrAreAllAbsentAreNoWarning() {
    assertThat(
            CompareService.definitionsDiffer(
                "k", of("a", "Two or more suspects", "b", "two or more  suspects")))
        .isNull();
    assertThat(CompareService.definitionsDiffer("k", of("a", null, "b", ""))).isNull();
  }
}
