package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Dates that contradict their sources' publication: a reported (or provisional) figure as of a date
 * after every source it rests on was published (figure_dated_after_source), a statement made after
 * the source that reports it was published (statement_after_source), a source retrieved before it
 * was published (retrieved_before_published). The same day is never warned, and a date that is not
 * given is not judged.
 */
@ApplicationScoped
public class SourceDateOrderRule implements WarningRule {

  @Override
  public int order() {
    return 26;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    Set<StatementSnapshot> statements = new LinkedHashSet<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      FigureSnapshot f = s.figure();
      if (f == null) {
        continue;
      }
      statements.addAll(f.statements());
      LocalDate latest = latestPublication(f);
      if (Rules.statesThePast(f)
          && f.asOf() != null
          && latest != null
          && f.asOf().isAfter(latest)) {
        out.add(
            new WarningView(
                "figure_dated_after_source",
                s.key(),
                Rules.figureAsOf(s.key(), f)
                    + ", after every source it rests on was published (the latest on "
                    + latest
                    + "): a source cannot report a count for a later date; the figure is kept as"
                    + " given."));
      }
    }
    Set<SourceSnapshot> sources = new LinkedHashSet<>();
    for (StatementSnapshot st : statements) {
      SourceSnapshot src = st.source();
      if (src == null) {
        continue;
      }
      sources.add(src);
      if (st.madeOn() != null
          && src.publishedOn() != null
          && st.madeOn().isAfter(src.publishedOn())) {
        out.add(
            new WarningView(
                "statement_after_source",
                null,
                "Statement '"
                    + st.key()
                    + "' is made on "
                    + st.madeOn()
                    + ", after its source '"
                    + src.key()
                    + "' was published ("
                    + src.publishedOn()
                    + "), which cannot report it; the dates are kept as given."));
      }
    }
    for (SourceSnapshot src : sources) {
      if (src.retrievedOn() != null
          && src.publishedOn() != null
          && src.retrievedOn().isBefore(src.publishedOn())) {
        out.add(
            new WarningView(
                "retrieved_before_published",
                null,
                "Source '"
                    + src.key()
                    + "' is retrieved on "
                    + src.retrievedOn()
                    + ", before it was published ("
                    + src.publishedOn()
                    + "); the dates are kept as given."));
      }
    }
    return out;
  }

  /**
   * The latest publication date of the figure's sources; null unless every statement has a source
   * with one, since an undated source could be the later one.
   */
  private static LocalDate latestPublication(FigureSnapshot f) {
    if (f.statements().isEmpty()) {
      return null;
    }
    LocalDate latest = null;
    for (StatementSnapshot st : f.statements()) {
      if (st.source() == null || st.source().publishedOn() == null) {
        return null;
      }
      if (latest == null || st.source().publishedOn().isAfter(latest)) {
        latest = st.source().publishedOn();
      }
    }
    return latest;
  }
}
