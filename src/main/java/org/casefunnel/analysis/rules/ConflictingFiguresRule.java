package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.CompetingFigures;
import org.casefunnel.analysis.CompetingFigures.Claimant;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.model.FigureRank;
import org.casefunnel.text.Bidi;

/**
 * Figures of one stage that compete (docs/competing-figures.md): they hold at the same time, give
 * different values and rest on different statements, so the funnel holds two claims where it shows
 * one number. The warning names every competing figure with its value (with the period of a rate:
 * "300 per week" and "1,200 per month" are not read as one scale) and speakers, and says which one
 * the statistics use and why: the preferred one, or, when none is preferred, the most recently
 * recorded one.
 */
@ApplicationScoped
public class ConflictingFiguresRule implements WarningRule {

  public static final String CODE = "conflicting_figures";

  @Override
  public int order() {
    return 4;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    return warnings(context.snapshot());
  }

  /** The warnings of a snapshot, one per stage with competing figures, in stage order. */
  public static List<WarningView> warnings(FunnelSnapshot snapshot) {
    List<WarningView> out = new ArrayList<>();
    for (CompetingFigures c : snapshot.competitions()) {
      out.add(new WarningView(CODE, c.stage(), message(c)));
    }
    return out;
  }

  static String message(CompetingFigures c) {
    List<Claimant> figures = c.figures();
    Claimant chosen = c.chosen();
    StringBuilder sb = new StringBuilder();
    sb.append(figures.size())
        .append(" figures of the stage compete (")
        .append(when(chosen))
        .append(", different values, different statements): ");
    for (int i = 0; i < figures.size(); i++) {
      sb.append(i == 0 ? "" : i == figures.size() - 1 ? " and " : ", ")
          .append(named(figures.get(i)));
    }
    sb.append(". The statistics use figure ")
        .append(chosen.figure().id())
        .append(" (")
        .append(Rules.rate(chosen.figure()))
        .append(") because ")
        .append(why(c, chosen))
        .append('.');
    return sb.toString();
  }

  private static String when(Claimant c) {
    return c.figure().asOf() == null ? "all undated" : "all as of " + c.figure().asOf();
  }

  private static String named(Claimant c) {
    String speakers =
        c.speakers().isEmpty()
            ? "no speaker recorded"
            : String.join(" and ", c.speakers().stream().map(Bidi::balanced).toList());
    return "figure "
        + c.figure().id()
        + ", "
        + Rules.rate(c.figure())
        + " ('"
        + Bidi.balanced(c.figure().wording())
        + "', said by "
        + speakers
        + ", rank "
        + c.rank().wire()
        + ")";
  }

  private static String why(CompetingFigures c, Claimant chosen) {
    String reason = chosen.rankReason() == null ? "" : ": '" + chosen.rankReason() + "'";
    return switch (c.reason()) {
      case PREFERRED -> "it is ranked preferred" + reason;
      case LATEST_PREFERRED ->
          preferredCount(c)
              + " figures are ranked preferred and it is the most recently recorded of them"
              + reason;
      case LATEST, ONLY ->
          "none is ranked preferred, and then the most recently recorded figure counts (rank one"
              + " preferred, or deprecate the wrong ones, to choose)";
    };
  }

  private static long preferredCount(CompetingFigures c) {
    return c.figures().stream().filter(f -> f.rank() == FigureRank.PREFERRED).count();
  }
}
