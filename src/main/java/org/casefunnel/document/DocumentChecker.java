package org.casefunnel.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.figure.FigureRules;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.funnel.StageSpec;
import org.casefunnel.model.RuleMessages;
import org.casefunnel.model.StageGraph;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementSpec;
import org.casefunnel.text.QuoteLocator;

/** Finds every error in a funnel document, each with a JSON pointer, before anything is stored. */
@ApplicationScoped
public class DocumentChecker {

  private final BeanChecks beanChecks;

  public DocumentChecker(BeanChecks beanChecks) {
    this.beanChecks = beanChecks;
  }

  public List<ProblemError> check(FunnelDocument doc) {
    if (doc == null) {
      throw ProblemException.noBody();
    }
    List<ProblemError> errors = new ArrayList<>(beanChecks.check(doc, ""));
    Map<String, SourceSpec> sources = indexSources(doc.sourcesOrEmpty(), errors);
    Map<String, Integer> statements = new HashMap<>();
    List<StatementSpec> stmts = doc.statementsOrEmpty();
    for (int i = 0; i < stmts.size(); i++) {
      StatementSpec s = stmts.get(i);
      if (s == null || s.id() == null) {
        continue;
      }
      String at = "/statements/" + i;
      if (statements.putIfAbsent(s.id(), i) != null) {
        errors.add(new ProblemError(at + "/id", RuleMessages.duplicate("statement id", s.id())));
      }
      if (s.sourceId() == null) {
        continue;
      }
      SourceSpec source = sources.get(s.sourceId());
      if (source == null) {
        errors.add(new ProblemError(at + "/sourceId", RuleMessages.noSource(s.sourceId())));
      } else if (source.text() != null
          && s.quote() != null
          && !s.quote().isBlank()
          && QuoteLocator.locate(source.text(), s.quote()).isEmpty()) {
        errors.add(new ProblemError(at + "/quote", RuleMessages.quoteNotIn(source.id())));
      }
    }
    Set<String> stageKeys = checkStages(doc.stagesOrEmpty(), statements.keySet(), errors);
    List<FigureSpec> figures = doc.figuresOrEmpty();
    for (int i = 0; i < figures.size(); i++) {
      FigureSpec f = figures.get(i);
      if (f == null) {
        continue;
      }
      String at = "/figures/" + i;
      if (f.stage() != null && !stageKeys.contains(f.stage())) {
        errors.add(new ProblemError(at + "/stage", RuleMessages.noStage(f.stage())));
      }
      citedStatements(f.statementIds(), statements.keySet(), at + "/statementIds", errors);
      FigureRules.check(f, at, errors);
    }
    StageHistories.check(figures, errors);
    return errors;
  }

  private static Map<String, SourceSpec> indexSources(
      List<SourceSpec> list, List<ProblemError> errors) {
    Map<String, SourceSpec> sources = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      SourceSpec s = list.get(i);
      if (s != null && s.id() != null && sources.putIfAbsent(s.id(), s) != null) {
        errors.add(
            new ProblemError("/sources/" + i + "/id", RuleMessages.duplicate("source id", s.id())));
      }
    }
    return sources;
  }

  private static Set<String> checkStages(
      List<StageSpec> stages, Set<String> statementIds, List<ProblemError> errors) {
    Map<String, String> baseByKey = new LinkedHashMap<>();
    Map<String, Integer> indexByKey = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      StageSpec s = stages.get(i);
      if (s == null || s.key() == null) {
        continue;
      }
      if (indexByKey.putIfAbsent(s.key(), i) != null) {
        errors.add(
            new ProblemError(
                "/stages/" + i + "/key", RuleMessages.duplicate("stage key", s.key())));
      } else {
        baseByKey.put(s.key(), s.baseStage());
      }
      citedStatements(
          s.definitionStatementIds(),
          statementIds,
          "/stages/" + i + "/definitionStatementIds",
          errors);
    }
    for (int i = 0; i < stages.size(); i++) {
      StageSpec s = stages.get(i);
      if (s != null && s.baseStage() != null && !indexByKey.containsKey(s.baseStage())) {
        errors.add(
            new ProblemError("/stages/" + i + "/baseStage", RuleMessages.noStage(s.baseStage())));
      }
    }
    for (String key : StageGraph.keysOnLoops(baseByKey)) {
      errors.add(
          new ProblemError(
              "/stages/" + indexByKey.get(key) + "/baseStage", RuleMessages.loopsBackTo(key)));
    }
    checkEstimates(stages, indexByKey, errors);
    return indexByKey.keySet();
  }

  /** Each stage's {@code estimates} names another stage of the document, without loops. */
  private static void checkEstimates(
      List<StageSpec> stages, Map<String, Integer> indexByKey, List<ProblemError> errors) {
    Map<String, String> estimatesByKey = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      StageSpec s = stages.get(i);
      if (s == null || s.estimates() == null) {
        continue;
      }
      String at = "/stages/" + i + "/estimates";
      if (s.estimates().equals(s.key())) {
        errors.add(new ProblemError(at, RuleMessages.estimatesItself()));
      } else if (!indexByKey.containsKey(s.estimates())) {
        errors.add(new ProblemError(at, RuleMessages.noStage(s.estimates())));
      } else if (s.key() != null && indexByKey.get(s.key()) == i) {
        estimatesByKey.put(s.key(), s.estimates());
      }
    }
    for (String key : StageGraph.keysOnLoops(estimatesByKey)) {
      errors.add(
          new ProblemError(
              "/stages/" + indexByKey.get(key) + "/estimates",
              RuleMessages.estimatesLoopBackTo(key)));
    }
  }

  /** Statement ids a figure or stage cites: each must exist, and be named once. */
  private static void citedStatements(
      List<String> ids, Set<String> known, String at, List<ProblemError> errors) {
    if (ids == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < ids.size(); j++) {
      String id = ids.get(j);
      if (id != null && !known.contains(id)) {
        errors.add(new ProblemError(at + "/" + j, RuleMessages.noStatement(id)));
      } else if (id != null && !seen.add(id)) {
        errors.add(new ProblemError(at + "/" + j, RuleMessages.statementAgain(id)));
      }
    }
  }
}
