package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageGraphTest {

  @Test
  void chainHasNoLoop() {
    Map<String, String> links = new HashMap<>();
    links.put("identified", null);
    links.put("reviewed", "identified");
    links.put("in_scope", "reviewed");
    assertThat(StageGraph.keysOnLoops(links)).isEmpty();
  }

  @Test
  void findsEveryStageOnALoopButNotStagesLeadingIntoIt() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("tail", "a");
    links.put("a", "b");
    links.put("b", "c");
    links.put("c", "a");
    assertThat(StageGraph.keysOnLoops(links)).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void selfLinkIsALoopAndUnknownBaseIsNot() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("x", "x");
    links.put("y", "missing");
    assertThat(StageGraph.keysOnLoops(links)).containsExactly("x");
  }
}
