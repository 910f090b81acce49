package org.casefunnel.analysis.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.analysis.StatisticsContext;
import org.casefunnel.analysis.WarningRule;
import org.casefunnel.analysis.WarningView;
import org.casefunnel.text.Bidi;

/** Approximate or ranged figures, figures that are not counts, figures whose date is unknown. */
@ApplicationScoped
public class InputQualityRule implements WarningRule {

  @Override
  public int order() {
    return 40;
  }

  @Override
  public List<WarningView> check(StatisticsContext context) {
    List<WarningView> out = new ArrayList<>();
    for (StatisticsContext.StageFacts s : context.stages()) {
      var f = s.figure();
      if (f == null) {
        continue;
      }
      if (!f.exactCount()) {
        out.add(
            new WarningView(
                "approximate_input",
                s.key(),
                "'"
                    + s.key()
                    + "' is "
                    + (f.single() == null ? "a range" : "approximate")
                    + " (\""
                    + Bidi.balanced(f.wording())
                    + "\" read as "
                    + Rules.reading(f)
                    + "): numbers derived from it carry that width, by interval arithmetic."));
      }
      String firmness =
          switch (f.status()) {
            case REPORTED -> null;
            case ESTIMATED -> "an estimate, not a count";
            case PROJECTED -> "a projection of what is expected, not a count of what has happened";
            case PROVISIONAL -> "provisional and may still change";
          };
      if (firmness != null) {
        out.add(
            new WarningView(
                "not_a_count",
                s.key(),
                "'"
                    + s.key()
                    + "' is "
                    + firmness
                    + " (status "
                    + f.status().wire()
                    + "): numbers derived from it are no firmer."));
      }
      if (f.asOf() == null) {
        out.add(
            new WarningView(
                "unknown_as_of",
                s.key(),
                "The source gives no date for '"
                    + s.key()
                    + "'; it is not placed in time. A dated (asOf) view shows it only while"
                    + " no dated figure of the stage is on or before that date."));
      }
    }
    return out;
  }
}
