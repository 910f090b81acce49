package org.casefunnel.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.model.FigureCompetition;
import org.casefunnel.model.RuleMessages;

/**
 * Each document figure's place in its stage's history: its sequence, the figure it superseded when
 * it was recorded, and whether it stands. Within a stage, document order is recording order. The
 * export states sequence and supersedes, since a link is history (a later rank change or deletion
 * re-settles what stands but leaves the link), so the import restores them as given; a figure
 * without them (older documents) gets the next sequence and the link the competition rule gives.
 * Whether a figure stands is always the rule over the stage's figures, as every write stores it.
 */
final class StageHistories {

  private StageHistories() {}

  /**
   * A figure's place: {@code supersedes} is the document index of the figure it superseded, or -1.
   */
  record Place(int sequence, int supersedes, boolean superseded) {}

  /** The place of every figure of a checked document, by document index. */
  static Place[] places(List<FigureSpec> figures) {
    Place[] out = new Place[figures.size()];
    byStage(figures)
        .values()
        .forEach(
            indexes -> {
              int[] by =
                  FigureCompetition.supersededBy(
                      indexes.stream().map(i -> figures.get(i).claim()).toList());
              Map<Integer, Integer> indexBySequence = new HashMap<>();
              int last = 0;
              for (int j = 0; j < indexes.size(); j++) {
                FigureSpec f = figures.get(indexes.get(j));
                int sequence = f.sequence() != null ? f.sequence() : last + 1;
                int supersedes = -1;
                if (f.givesPlace()) {
                  // the checker has refused a supersedes naming no earlier figure of the stage
                  supersedes = f.supersedes() == null ? -1 : indexBySequence.get(f.supersedes());
                } else {
                  // the latest earlier figure the rule says this one superseded
                  for (int k = 0; k < j; k++) {
                    if (by[k] == j) {
                      supersedes = indexes.get(k);
                    }
                  }
                }
                out[indexes.get(j)] = new Place(sequence, supersedes, by[j] != -1);
                indexBySequence.put(sequence, indexes.get(j));
                last = sequence;
              }
            });
    return out;
  }

  /**
   * Adds an error for each sequence not above the place of its stage's figure before it, and each
   * supersedes naming no earlier figure of the same stage.
   */
  static void check(List<FigureSpec> figures, List<ProblemError> errors) {
    byStage(figures)
        .forEach(
            (stage, indexes) -> {
              Map<Integer, Integer> indexBySequence = new HashMap<>();
              int last = 0;
              for (int i : indexes) {
                FigureSpec f = figures.get(i);
                String at = "/figures/" + i;
                int sequence = f.sequence() != null ? f.sequence() : last + 1;
                // below 1 is the bean check's error
                if (f.sequence() != null && f.sequence() >= 1 && f.sequence() <= last) {
                  errors.add(
                      new ProblemError(
                          at + "/sequence",
                          RuleMessages.sequenceNotAfter(
                              last, stage, "/figures/" + indexBySequence.get(last))));
                }
                if (f.supersedes() != null
                    && f.supersedes() >= 1
                    && (f.supersedes() >= sequence
                        || !indexBySequence.containsKey(f.supersedes()))) {
                  errors.add(
                      new ProblemError(
                          at + "/supersedes", RuleMessages.noEarlierFigure(f.supersedes(), stage)));
                }
                indexBySequence.put(sequence, i);
                last = Math.max(last, sequence);
              }
            });
  }

  /** The indexes of each stage's figures, in document order; figures without a stage are left. */
  private static Map<String, List<Integer>> byStage(List<FigureSpec> figures) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      FigureSpec f = figures.get(i);
      if (f != null && f.stage() != null) {
        out.computeIfAbsent(f.stage(), k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }
}
