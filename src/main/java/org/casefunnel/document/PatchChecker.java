package org.casefunnel.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.figure.FigureRules;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.funnel.FunnelSpec;
import org.casefunnel.funnel.StageSpec;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementSpec;

/**
 * Checks a patch with the document checker, against the funnel it is applied to: the patch's parts
 * follow the funnel's in one document, so ids taken, unknown references and quotes not in their
 * source are found by the same rules as an import. Pointers name the patch.
 */
@ApplicationScoped
class PatchChecker {

  private static final Pattern INDEXED = Pattern.compile("^/(sources|statements)/(\\d+)(.*)$");

  private final DocumentChecker checker;

  PatchChecker(DocumentChecker checker) {
    this.checker = checker;
  }

  /** The parts a funnel holds now, as specs. */
  record Current(
      FunnelSpec funnel,
      List<SourceSpec> sources,
      List<StatementSpec> statements,
      List<StageSpec> stages) {}

  List<ProblemError> check(Current current, FunnelDocumentPatch patch) {
    FunnelDocument merged =
        new FunnelDocument(
            current.funnel(),
            concat(current.sources(), patch.sourcesOrEmpty()),
            concat(current.statements(), patch.statementsOrEmpty()),
            current.stages(),
            // their places are refused below, once, rather than checked as a document's
            patch.figuresOrEmpty().stream().map(f -> f == null ? null : f.withoutPlace()).toList());
    List<ProblemError> errors = new ArrayList<>();
    for (ProblemError e : checker.check(merged)) {
      errors.add(relocate(e, current));
    }
    // a patch's figures follow the stage's current ones: the service gives their places
    List<FigureSpec> figures = patch.figuresOrEmpty();
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i) != null) {
        FigureRules.refusePlace(figures.get(i), "/figures/" + i, errors);
      }
    }
    return errors;
  }

  /** A pointer into the merged document as a pointer into the patch. */
  private static ProblemError relocate(ProblemError e, Current current) {
    Matcher m = INDEXED.matcher(e.pointer() == null ? "" : e.pointer());
    if (!m.matches()) {
      return e;
    }
    int before =
        m.group(1).equals("sources") ? current.sources().size() : current.statements().size();
    int i = Integer.parseInt(m.group(2));
    if (i < before) {
      // a part the funnel holds already: name it as the funnel's, not the patch's
      return new ProblemError("/funnel" + e.pointer(), e.detail());
    }
    return new ProblemError("/" + m.group(1) + "/" + (i - before) + m.group(3), e.detail());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
