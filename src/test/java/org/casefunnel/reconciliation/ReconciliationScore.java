package org.casefunnel.reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision and recall of a reconciliation against hand labels: of stage matching (a quantity
 * matched to a stage, right or wrong, against the quantities labelled with a stage), and of
 * classification (the class and the stage both right, against the quantities labelled with a class
 * other than unmatched). A quantity found but not labelled is expected to be unmatched.
 */
final class ReconciliationScore {

  /** What the service answered for one quantity. */
  record Answer(String wording, String stage, String classification) {}

  int stagePredicted;
  int stageExpected;
  int stageCorrect;
  int classPredicted;
  int classExpected;
  int classCorrect;
  final List<String> misses = new ArrayList<>();

  void add(String file, List<EvaluationSet.Label> labels, List<Answer> answers) {
    Set<Integer> labelled = new HashSet<>();
    for (EvaluationSet.Label l : labels) {
      int at = locate(answers, l);
      Answer a = at < 0 ? new Answer(null, null, "unmatched") : answers.get(at);
      if (at >= 0) {
        labelled.add(at);
      }
      count(a, l.stage(), l.classification());
      if (!Objects.equals(a.stage(), l.stage()) || !a.classification().equals(l.classification())) {
        misses.add(
            file
                + ": '"
                + l.find()
                + "' #"
                + l.occurrence()
                + " expected "
                + l.stage()
                + "/"
                + l.classification()
                + ", got "
                + (at < 0 ? "not found" : a.stage() + "/" + a.classification()));
      }
    }
    for (int i = 0; i < answers.size(); i++) {
      if (!labelled.contains(i)) {
        Answer a = answers.get(i);
        count(a, null, "unmatched");
        if (a.stage() != null) {
          misses.add(file + ": unlabelled '" + a.wording() + "' matched to " + a.stage());
        }
      }
    }
  }

  private void count(Answer a, String stage, String classification) {
    if (a.stage() != null) {
      stagePredicted++;
    }
    if (stage != null) {
      stageExpected++;
    }
    boolean stageRight = a.stage() != null && a.stage().equals(stage);
    if (stageRight) {
      stageCorrect++;
    }
    if (!a.classification().equals("unmatched")) {
      classPredicted++;
    }
    if (!classification.equals("unmatched")) {
      classExpected++;
    }
    if (stageRight && a.classification().equals(classification)) {
      classCorrect++;
    }
  }

  /** Index of the answer a label names: the n-th whose wording contains its string. */
  private static int locate(List<Answer> answers, EvaluationSet.Label l) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      if (names(answers.get(i).wording(), l.find())) {
        int n = seen.merge(l.find(), 1, Integer::sum);
        if (n == l.occurrence()) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether a wording holds {@code find} as whole words: "300" is not in "2,300". */
  private static boolean names(String wording, String find) {
    return Pattern.compile("(?<![\\p{Alnum},.])" + Pattern.quote(find) + "(?![\\p{Alnum}]|[,.]\\d)")
        .matcher(wording)
        .find();
  }

  double stagePrecision() {
    return ratio(stageCorrect, stagePredicted);
  }

  double stageRecall() {
    return ratio(stageCorrect, stageExpected);
  }

  double classPrecision() {
    return ratio(classCorrect, classPredicted);
  }

  double classRecall() {
    return ratio(classCorrect, classExpected);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
