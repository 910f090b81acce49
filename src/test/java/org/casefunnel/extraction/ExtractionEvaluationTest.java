package org.casefunnel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {

  private static final ExtractionScore SCORE = new ExtractionScore();

  @BeforeAll
  static void extractEveryLabelledDocument() {
    QuantityExtractor extractor = new QuantityExtractor();
    for (LabelledSet.Document doc : LabelledSet.load().documents()) {
      String text = doc.text();
      SCORE.add(doc.file(), text, doc.quantities(), extractor.extract(text));
    }
    System.out.printf(
        "extraction precision=%.3f recall=%.3f (%d labelled, %d extracted, %d matched)%n",
        SCORE.precision(), SCORE.recall(), SCORE.labelled, SCORE.extracted, SCORE.matched);
    System.out.printf(
        "over matches: noun=%.3f speaker=%.3f kind=%.3f rate=%.3f%n",
        SCORE.nounAccuracy(), SCORE.speakerAccuracy(), SCORE.kindAccuracy(), SCORE.rateAccuracy());
    SCORE.misses.forEach(m -> System.out.println("  " + m));
  }

  @Test
  void extractionPrecisionIsAtLeastNinetyPercent() {
    assertThat(SCORE.precision()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void extractionRecallIsAtLeastNinetyPercent() {
    assertThat(SCORE.recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void matchedQuantitiesCarryTheLabelledBoundKindAndRate() {
    assertThat(SCORE.kindAccuracy()).isEqualTo(1.0);
    assertThat(SCORE.rateAccuracy()).isEqualTo(1.0);
  }

  @Test
  void matchedQuantitiesMostlyCarryTheLabelledNounAndSpeaker() {
    assertThat(SCORE.nounAccuracy()).isGreaterThanOrEqualTo(0.8);
    assertThat(SCORE.speakerAccuracy()).isGreaterThanOrEqualTo(0.8);
  }
}
