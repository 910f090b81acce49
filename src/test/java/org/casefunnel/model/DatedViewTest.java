package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which figures of one stage a dated view shows ({@link FigureRepository#atDate}): dated figures on
 * or before the date win; undated ones stand only while no dated one does, and are never dated.
 */
class DatedViewTest {

  private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

  private static int sequence;

  private static Figure figure(LocalDate asOf, long count, FigureRank rank) {
    Figure f = new Figure();
    f.sequence = ++sequence;
    f.asOf = asOf;
    f.count = count;
    f.rank = rank;
    return f;
  }

  private static Figure figure(LocalDate asOf, long count) {
    return figure(asOf, count, FigureRank.NORMAL);
  }

  @Test
  void anUndatedFigureStandsWhileNoDatedFigureIsOnOrBeforeTheDate() {
    Figure undated = figure(null, 2200);
    // the repository has already left out figures dated after the view's date
    assertThat(FigureRepository.atDate(List.of(undated))).containsExactly(undated);
  }

  @Test
  void aDatedFigureOnOrBeforeTheDateWinsOverAnEarlierRecordedUndatedOne() {
    Figure undated = figure(null, 2200);
    Figure dated = figure(MARCH, 2500);
    assertThat(FigureRepository.atDate(List.of(undated, dated))).containsExactly(dated);
  }

  @Test
  void aDatedFigureAlsoWinsOverAnUndatedOneRecordedAfterIt() {
    Figure dated = figure(MARCH, 2500);
    Figure undated = figure(null, 2600);
    assertThat(FigureRepository.atDate(List.of(dated, undated))).containsExactly(dated);
  }

  @Test
  void aDeprecatedDatedFigureLeavesTheUndatedOneStanding() {
    Figure undated = figure(null, 2200);
    Figure wrong = figure(MARCH, 25000, FigureRank.DEPRECATED);
    assertThat(FigureRepository.atDate(List.of(undated, wrong))).containsExactly(undated);
  }

  @Test
  void amongUndatedFiguresTheLaterRecordedOneSupersedesAsNow() {
    Figure first = figure(null, 2200);
    Figure correction = figure(null, 2250);
    // the same statement read again: a correction, not a competing claim
    first.statements.add(statement("st-a"));
    correction.statements.add(statement("st-a"));
    assertThat(FigureRepository.atDate(List.of(first, correction))).containsExactly(correction);
  }

  @Test
  void noFigureGivesNoFigure() {
    assertThat(FigureRepository.atDate(List.of())).isEmpty();
  }

  @Test
  void aStageIsOnlyDeprecatedWhenEveryFigureTheViewReadsIsDeprecated() {
    Stage all = stage(1);
    Stage undatedNormal = stage(2);
    Stage none = stage(3);
    List<Figure> read =
        List.of(
            on(all, figure(MARCH, 25000, FigureRank.DEPRECATED)),
            on(all, figure(null, 2200, FigureRank.DEPRECATED)),
            on(undatedNormal, figure(MARCH, 25000, FigureRank.DEPRECATED)),
            on(undatedNormal, figure(null, 2200)));
    // a dated view (any date: the repository has left out later figures already)
    assertThat(FigureRepository.onlyDeprecated(read, FigureRepository.candidates(read, MARCH)))
        .containsExactly(all.id)
        .doesNotContain(none.id);
  }

  private static Stage stage(long id) {
    Stage s = new Stage();
    s.id = id;
    return s;
  }

  private static Figure on(Stage s, Figure f) {
    f.stage = s;
    return f;
  }

  private static Statement statement(String key) {
    Statement s = new Statement();
    s.key = key;
    return s;
  }
}
