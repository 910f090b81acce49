package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores extraction against labels. A match is an extracted quantity whose span overlaps the
 * labelled span and whose interval (count or share) equals the labelled one; each label and each
 * extraction matches at most once. Noun, speaker, kind and rate are scored over the matches.
 */
final class ExtractionScore {

  int extracted;
  int labelled;
  int matched;
  int nounsRight;
  int speakersRight;
  int kindsRight;
  int ratesRight;
  final List<String> misses = new ArrayList<>();

  void add(
      String file, String text, List<LabelledSet.Label> labels, List<ExtractedQuantity> found) {
    extracted += found.size();
    labelled += labels.size();
    boolean[] used = new boolean[found.size()];
    for (LabelledSet.Label label : labels) {
      int[] span = label.locate(text);
      int hit = -1;
      for (int i = 0; i < found.size() && hit < 0; i++) {
        if (!used[i] && overlaps(span, found.get(i)) && sameInterval(label, found.get(i))) {
          hit = i;
        }
      }
      if (hit < 0) {
        misses.add(file + ": missed " + label.exact() + " " + label.interval());
        continue;
      }
      used[hit] = true;
      matched++;
      scoreDetails(file, label, found.get(hit));
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        Quantity q = found.get(i).quantity();
        misses.add(file + ": spurious '" + q.span().text() + "' " + q.interval());
      }
    }
  }

  private void scoreDetails(String file, LabelledSet.Label label, ExtractedQuantity e) {
    String noun = e.noun() == null ? null : e.noun().text();
    String speaker = e.speaker() == null ? null : e.speaker().name();
    RatePeriod rate = e.quantity().rate() == null ? null : e.quantity().rate().period();
    nounsRight += count(Objects.equals(label.noun(), noun), file, label, "noun " + noun);
    speakersRight +=
        count(Objects.equals(label.speaker(), speaker), file, label, "speaker " + speaker);
    kindsRight +=
        count(label.kind() == e.quantity().bound(), file, label, "kind " + e.quantity().bound());
    ratesRight += count(label.rate() == rate, file, label, "rate " + rate);
  }

  private int count(boolean right, String file, LabelledSet.Label label, String got) {
    if (!right) {
      misses.add(file + ": '" + label.exact() + "' got " + got);
    }
    return right ? 1 : 0;
  }

  private static boolean overlaps(int[] span, ExtractedQuantity e) {
    return e.quantity().span().start() < span[1] && span[0] < e.quantity().span().end();
  }

  private static boolean sameInterval(LabelledSet.Label label, ExtractedQuantity e) {
    Quantity q = e.quantity();
    return label.share() == q.isShare() && label.interval().equals(q.interval());
  }

  double precision() {
    return extracted == 0 ? 0 : (double) matched / extracted;
  }

  double recall() {
    return labelled == 0 ? 0 : (double) matched / labelled;
  }

  double nounAccuracy() {
    return matched == 0 ? 0 : (double) nounsRight / matched;
  }

  double speakerAccuracy() {
    return matched == 0 ? 0 : (double) speakersRight / matched;
  }

  double kindAccuracy() {
    return matched == 0 ? 0 : (double) kindsRight / matched;
  }

  double rateAccuracy() {
    return matched == 0 ? 0 : (double) ratesRight / matched;
  }
}
