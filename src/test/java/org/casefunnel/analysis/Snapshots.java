package org.casefunnel.analysis;

import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.Selection;

/** Builds funnel snapshots by hand for calculator tests: no database, no Quarkus. */
final class Snapshots {

  private final List<StageSnapshot> stages = new ArrayList<>();
  private long ids = 1;

  static Snapshots funnel() {
    return new Snapshots();
  }

  Snapshots count(String key, String base, long count) {
    return stage(key, base, null, null, figure(count, null, null, false));
  }

  Snapshots about(String key, String base, long count) {
    return stage(key, base, null, null, figure(count, null, null, true));
  }

  Snapshots range(String key, String base, long low, long high) {
    return stage(key, base, null, null, figure(null, low, high, true));
  }

  Snapshots review(String key, String base, long count, Selection selection) {
    return stage(key, base, selection, null, figure(count, null, null, false));
  }

  Snapshots projection(String key, String base, long low, long high, String estimates) {
    return stage(key, base, null, estimates, figure(null, low, high, true));
  }

  Snapshots empty(String key, String base) {
    return stage(key, base, null, null, null);
  }

  FunnelSnapshot build() {
    return new FunnelSnapshot("f", "F", "case", null, stages);
  }

  private Snapshots stage(
      String key, String base, Selection selection, String estimates, FigureSnapshot figure) {
    stages.add(new StageSnapshot(key, key, base, null, "case", selection, estimates, figure));
    return this;
  }

  private FigureSnapshot figure(Long count, Long low, Long high, boolean approximate) {
    return new FigureSnapshot(
        ids++,
        count,
        low,
        high,
        approximate,
        FigureStatus.REPORTED,
        null,
        null,
        null,
        null,
        List.of());
  }

  static StageStatisticsView stage(List<StageStatisticsView> all, String key) {
    return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
