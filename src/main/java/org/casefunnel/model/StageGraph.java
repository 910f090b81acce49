package org.casefunnel.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that base-stage links form chains, not loops. */
public final class StageGraph {

  private StageGraph() {}

  /**
   * The stage keys that sit on a loop of base-stage links, in a stable order; empty when there is
   * none. Links to unknown keys are ignored here (they are reported as unknown references).
   */
  public static List<String> keysOnLoops(Map<String, String> baseByKey) {
    Set<String> onLoop = new LinkedHashSet<>();
    Set<String> cleared = new HashSet<>();
    for (String start : baseByKey.keySet()) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String at = start;
      while (at != null && !cleared.contains(at) && baseByKey.containsKey(at)) {
        if (!seen.add(at)) {
          onLoop.addAll(path.subList(path.indexOf(at), path.size()));
          break;
        }
        path.add(at);
        at = baseByKey.get(at);
      }
      cleared.addAll(path);
    }
    return new ArrayList<>(onLoop);
  }
}
