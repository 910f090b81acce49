package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casefunnel.model.FigureCompetition.Claim;
import org.casefunnel.model.FigureCompetition.Reason;
import org.junit.jupiter.api.Test;

/** The competition rule as a pure function: no database, no Quarkus. */
class FigureCompetitionTest {

  private static final LocalDate JAN = LocalDate.of(2025, 1, 31);
  private static final LocalDate MAR = LocalDate.of(2025, 3, 31);
  private static final LocalDate JUN = LocalDate.of(2025, 6, 30);

  private static Claim claim(LocalDate asOf, long value, String statement, FigureRank rank) {
    return new Claim(asOf, value, value, Set.of(statement), rank);
  }

  private static Claim claim(LocalDate asOf, long value, String statement) {
    return claim(asOf, value, statement, FigureRank.NORMAL);
  }

  @Test
  void sameDateDifferentValuesAndStatementsCompeteSoBothStayCurrent() {
    List<Claim> history = List.of(claim(JAN, 9000, "force"), claim(JAN, 8000, "inspectorate"));
    assertThat(FigureCompetition.supersededBy(history)).containsExactly(-1, -1);
    assertThat(FigureCompetition.current(history, c -> c)).containsExactlyElementsOf(history);
  }

  @Test
  void bothUndatedCountsAsTheSameTime() {
    assertThat(FigureCompetition.competes(claim(null, 2, "b"), claim(null, 1, "a"))).isTrue();
    assertThat(FigureCompetition.competes(claim(JAN, 2, "b"), claim(null, 1, "a"))).isFalse();
  }

  @Test
  void aLaterDateAnAgreeingValueOrASharedStatementSupersedes() {
    assertThat(FigureCompetition.supersededBy(List.of(claim(JAN, 1, "a"), claim(JUN, 2, "b"))))
        .containsExactly(1, -1);
    assertThat(FigureCompetition.supersededBy(List.of(claim(JAN, 1, "a"), claim(JAN, 1, "b"))))
        .containsExactly(1, -1);
    Claim reReading = new Claim(JAN, 2, 2, Set.of("a", "c"), FigureRank.NORMAL);
    assertThat(FigureCompetition.supersededBy(List.of(claim(JAN, 1, "a"), reReading)))
        .containsExactly(1, -1);
  }

  @Test
  void aFigureRecordedLaterButDatedBeforeTheCurrentOneIsHistoryAndChangesNothingNow() {
    // June's figure stands; January's, re-read from its statement afterwards, is superseded by it
    List<Claim> history =
        List.of(claim(JAN, 1000, "jan"), claim(JUN, 4000, "jun"), claim(JAN, 1000, "jan"));
    assertThat(FigureCompetition.supersededBy(history)).containsExactly(1, -1, 1);
    assertThat(FigureCompetition.current(history, c -> c)).containsExactly(history.get(1));
    // but it still replaces a deprecated figure, which supersedes nothing, and an undated one
    List<Claim> deprecated =
        List.of(claim(JUN, 4000, "jun", FigureRank.DEPRECATED), claim(JAN, 1000, "jan"));
    assertThat(FigureCompetition.supersededBy(deprecated)).containsExactly(1, -1);
    assertThat(FigureCompetition.supersededBy(List.of(claim(null, 5, "u"), claim(JAN, 1, "jan"))))
        .containsExactly(1, -1);
  }

  @Test
  void aRangeThatDiffersFromACountDisagrees() {
    Claim range = new Claim(JAN, 8000, 10000, Set.of("b"), FigureRank.NORMAL);
    assertThat(FigureCompetition.competes(range, claim(JAN, 9000, "a"))).isTrue();
  }

  @Test
  void aDeprecatedFigureSupersedesNothingAndIsNeverCurrent() {
    List<Claim> history = List.of(claim(JAN, 1, "a"), claim(JUN, 2, "b", FigureRank.DEPRECATED));
    assertThat(FigureCompetition.supersededBy(history)).containsExactly(-1, -1);
    assertThat(FigureCompetition.current(history, c -> c)).containsExactly(history.get(0));
  }

  @Test
  void withoutAPreferredFigureTheMostRecentlyRecordedCounts() {
    List<FigureRank> ranks = List.of(FigureRank.NORMAL, FigureRank.NORMAL);
    FigureCompetition.Choice<Integer> c = FigureCompetition.choose(List.of(0, 1), ranks::get);
    assertThat(c.chosen()).isEqualTo(1);
    assertThat(c.reason()).isEqualTo(Reason.LATEST);
  }

  @Test
  void aPreferredFigureCountsWhateverItsPlace() {
    List<FigureRank> ranks = List.of(FigureRank.PREFERRED, FigureRank.NORMAL, FigureRank.NORMAL);
    FigureCompetition.Choice<Integer> c = FigureCompetition.choose(List.of(0, 1, 2), ranks::get);
    assertThat(c.chosen()).isZero();
    assertThat(c.reason()).isEqualTo(Reason.PREFERRED);
  }

  @Test
  void ofSeveralPreferredTheMostRecentlyRecordedCounts() {
    List<FigureRank> ranks = List.of(FigureRank.PREFERRED, FigureRank.PREFERRED, FigureRank.NORMAL);
    FigureCompetition.Choice<Integer> c = FigureCompetition.choose(List.of(0, 1, 2), ranks::get);
    assertThat(c.chosen()).isEqualTo(1);
    assertThat(c.reason()).isEqualTo(Reason.LATEST_PREFERRED);
  }

  @Test
  void onlyDeprecatedFiguresLeaveNoChoice() {
    assertThat(FigureCompetition.choose(List.of(0), i -> FigureRank.DEPRECATED)).isNull();
  }

  @Property(tries = 500)
  void currentFiguresCompetePairwiseAndOneStandsWhileAnyIsNotDeprecated(
      @ForAll("histories") List<Claim> history) {
    List<Claim> current = FigureCompetition.current(history, c -> c);
    for (int i = 0; i < current.size(); i++) {
      assertThat(current.get(i).rank()).isNotEqualTo(FigureRank.DEPRECATED);
      for (int j = i + 1; j < current.size(); j++) {
        assertThat(FigureCompetition.competes(current.get(j), current.get(i))).isTrue();
      }
    }
    List<Claim> eligible = history.stream().filter(c -> c.rank() != FigureRank.DEPRECATED).toList();
    if (!eligible.isEmpty()) {
      assertThat(current).isNotEmpty();
      FigureCompetition.Choice<Claim> chosen = FigureCompetition.choose(current, Claim::rank);
      assertThat(chosen.chosen().rank()).isNotEqualTo(FigureRank.DEPRECATED);
    } else {
      assertThat(current).isEmpty();
    }
  }

  @Property(tries = 500)
  void whenEveryFigureIsDatedThePresentIsTheLatestDate(@ForAll("histories") List<Claim> history) {
    List<Claim> eligible = history.stream().filter(c -> c.rank() != FigureRank.DEPRECATED).toList();
    if (eligible.isEmpty() || eligible.stream().anyMatch(c -> c.asOf() == null)) {
      return;
    }
    LocalDate latest = eligible.stream().map(Claim::asOf).max(LocalDate::compareTo).orElseThrow();
    assertThat(FigureCompetition.current(history, c -> c))
        .extracting(Claim::asOf)
        .containsOnly(latest);
  }

  @Property(tries = 300)
  void recordingAnOlderStateLeavesTheCurrentFiguresAsTheyWere(
      @ForAll("histories") List<Claim> history, @ForAll("histories") List<Claim> more) {
    List<Claim> current = FigureCompetition.current(history, c -> c);
    if (current.isEmpty() || current.stream().anyMatch(c -> c.asOf() == null)) {
      return;
    }
    LocalDate now = current.getFirst().asOf();
    List<Claim> older =
        more.stream().filter(c -> c.asOf() != null && c.asOf().isBefore(now)).toList();
    List<Claim> after = new ArrayList<>(history);
    after.addAll(older);
    assertThat(FigureCompetition.current(after, c -> c)).containsExactlyElementsOf(current);
  }

  @Property(tries = 300)
  void appendingOneFigureGivesWhatTheWholeHistoryGives(@ForAll("histories") List<Claim> history) {
    // what a write stores (the rule applied to the history so far, then the new figure) is what a
    // dated read recomputes from scratch
    List<Claim> standing = new ArrayList<>();
    for (Claim next : history) {
      boolean filledInLate = false;
      if (next.rank() != FigureRank.DEPRECATED) {
        filledInLate =
            standing.stream()
                .anyMatch(
                    s ->
                        s.rank() != FigureRank.DEPRECATED
                            && !FigureCompetition.competes(next, s)
                            && FigureCompetition.datedBefore(next, s));
        standing.removeIf(
            s ->
                !FigureCompetition.competes(next, s)
                    && (s.rank() == FigureRank.DEPRECATED
                        || !FigureCompetition.datedBefore(next, s)));
      }
      if (!filledInLate) {
        standing.add(next);
      }
    }
    int[] by = FigureCompetition.supersededBy(history);
    List<Claim> fromScratch =
        IntStream.range(0, history.size()).filter(i -> by[i] == -1).mapToObj(history::get).toList();
    assertThat(fromScratch).containsExactlyElementsOf(standing);
  }

  @Provide
  Arbitrary<List<Claim>> histories() {
    Arbitrary<LocalDate> asOf = Arbitraries.of(JAN, MAR, JUN).injectNull(0.3);
    Arbitrary<Long> value = Arbitraries.longs().between(1, 4);
    Arbitrary<Set<String>> statements =
        Arbitraries.of("a", "b", "c", "d").set().ofMinSize(1).ofMaxSize(2);
    Arbitrary<FigureRank> rank = Arbitraries.of(FigureRank.class);
    return Combinators.combine(asOf, value, statements, rank)
        .as((d, v, s, r) -> new Claim(d, v, v, s, r))
        .list()
        .ofMaxSize(8);
  }
}
