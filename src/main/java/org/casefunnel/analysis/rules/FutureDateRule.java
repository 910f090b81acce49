package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.common.config.Clocks;

/**
 * A date still to come where only a past one can stand: a reported (or provisional) figure as of a
 * future date, a statement made, a source published or retrieved in the future. Projected and
 * estimated figures may look ahead, so their dates are not judged. "Today" is the latest date it is
 * anywhere now, by the service's one clock, so a date that is today somewhere is never warned.
 */
@ApplicationScoped
public class FutureDateRule implements WarningRule {

  private final Clock clock;

  public FutureDateRule(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int order() {
    return 25;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    LocalDate today = Clocks.latestToday(clock);
    List<WarningView> out = new ArrayList<>();
    Set<StatementSnapshot> statements = new LinkedHashSet<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      FigureSnapshot f = s.figure();
      if (f == null) {
        continue;
      }
      statements.addAll(f.statements());
      if (Rules.statesThePast(f) && f.asOf() != null && f.asOf().isAfter(today)) {
        out.add(
            new WarningView(
                "date_in_future",
                s.key(),
                Rules.figureAsOf(s.key(), f)
                    + ", after today ("
                    + today
                    + "): a count cannot be known for a date still to come (only a projected or"
                    + " estimated figure may look ahead); the figure is kept as given."));
      }
    }
    Set<SourceSnapshot> sources = new LinkedHashSet<>();
    for (StatementSnapshot st : statements) {
      if (st.madeOn() != null && st.madeOn().isAfter(today)) {
        out.add(future("Statement '" + st.key() + "' is made on " + st.madeOn(), today));
      }
      if (st.source() != null) {
        sources.add(st.source());
      }
    }
    for (SourceSnapshot src : sources) {
      if (src.publishedOn() != null && src.publishedOn().isAfter(today)) {
        out.add(future("Source '" + src.key() + "' is published on " + src.publishedOn(), today));
      }
      if (src.retrievedOn() != null && src.retrievedOn().isAfter(today)) {
        out.add(future("Source '" + src.key() + "' is retrieved on " + src.retrievedOn(), today));
      }
    }
    return out;
  }

  private static WarningView future(String what, LocalDate today) {
    return new WarningView(
        "date_in_future",
        null,
        what + ", after today (" + today + "), which cannot be; the date is kept as given.");
  }
}
