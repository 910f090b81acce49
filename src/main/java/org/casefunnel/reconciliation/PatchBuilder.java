package org.casefunnel.reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.document.FunnelDocumentPatch;
import org.casefunnel.extraction.ExtractionView;
import org.casefunnel.extraction.ExtractionView.FigureDraft;
import org.casefunnel.extraction.ExtractionView.SentenceView;
import org.casefunnel.figure.FigureSpec;
import org.casefunnel.figure.FigureView;
import org.casefunnel.model.FigureStatus;
import org.casefunnel.model.StatementKind;
import org.casefunnel.source.SourceSpec;
import org.casefunnel.statement.StatementSpec;
import org.casefunnel.text.TextQuoteSelector;

/**
 * Builds the patch of a reconciliation: the new source (if any), one statement per sentence that
 * holds a matched quantity (the sentence verbatim), and a figure for each quantity that changes its
 * stage: newer, conflicting, or agreeing, no less precisely, as of a later date than the current
 * figure's (or one it lacks).
 */
final class PatchBuilder {

  /** The patch, its statements' quotes, and per quantity its statement id and figure index. */
  record Built(
      FunnelDocumentPatch patch,
      List<ReconciliationView.ProposedStatement> statements,
      Map<Integer, String> statementOf,
      Map<Integer, Integer> figureOf,
      Map<Integer, String> leftOut) {}

  /** What a quantity adds: a figure, or why the figure its class calls for is left out. */
  private record Decision(FigureSpec figure, String leftOut) {}

  /** The source the statements stand in: its key, and its spec when the patch adds it. */
  record SourceInfo(String key, SourceSpec newSource, String publisher) {}

  private PatchBuilder() {}

  static Built build(
      List<Reconciler.Result> results,
      ExtractionView extraction,
      String text,
      SourceInfo source,
      Set<String> takenStatementKeys,
      StoredQuotes quoted,
      Set<String> recorded) {
    List<StatementSpec> statements = new ArrayList<>();
    List<ReconciliationView.ProposedStatement> proposed = new ArrayList<>();
    List<FigureSpec> figures = new ArrayList<>();
    Map<Integer, String> statementBySentence = new HashMap<>();
    Map<Integer, String> statementOf = new HashMap<>();
    Map<Integer, Integer> figureOf = new HashMap<>();
    Map<Integer, String> leftOut = new HashMap<>();
    Set<String> taken = new HashSet<>(takenStatementKeys);
    for (Reconciler.Result r : results) {
      if (r.match() == null) {
        continue;
      }
      int sentence = r.reading().found().sentence().index();
      String id = statementBySentence.get(sentence);
      SentenceView s = extraction.sentences().get(sentence);
      if (id == null) {
        // the source's statement quoting this sentence: cited, not proposed again
        id = quoted.holding(s.text());
        if (id != null) {
          statementBySentence.put(sentence, id);
        }
      }
      if (id == null) {
        // or one quoting the part of it with this quantity (the words inside quotation marks)
        ExtractionView.Position at = r.reading().found().position();
        id = quoted.covering(at.start(), at.end());
      }
      if (id == null) {
        id = freeKey(source.key() + "-q" + (sentence + 1), taken);
        ExtractionView.Speaker speaker = speakerOf(results, sentence);
        statements.add(statement(id, source, s.text(), speaker));
        proposed.add(
            new ReconciliationView.ProposedStatement(
                id, sentence, s.position(), selector(text, s), speaker));
        statementBySentence.put(sentence, id);
      }
      statementOf.put(r.reading().index(), id);
      Decision d = figure(r, id, recorded);
      if (d.figure() != null) {
        figureOf.put(r.reading().index(), figures.size());
        figures.add(d.figure());
      } else if (d.leftOut() != null) {
        leftOut.put(r.reading().index(), d.leftOut());
      }
    }
    List<SourceSpec> sources = source.newSource() == null ? List.of() : List.of(source.newSource());
    return new Built(
        new FunnelDocumentPatch(sources, statements, figures),
        proposed,
        statementOf,
        figureOf,
        leftOut);
  }

  /**
   * The figure a quantity adds: none when it changes nothing; none, with the reason, when it has no
   * whole count (a bound: "more than 60") or agrees with a later date but says less than the
   * current figure ("up to 20" against 10 to 15), which it would replace with a wider reading.
   */
  private static Decision figure(Reconciler.Result r, String statementId, Set<String> recorded) {
    Reading q = r.reading();
    FigureDraft d = q.found().figure();
    if (d != null
        && recorded.contains(
            recordedKey(r.match().stage().key(), statementId, d.count(), d.low(), d.high()))) {
      // a figure of the stage holds this value from this very statement (a superseded one, say):
      // proposing it again would bring an older figure back as the current one, undated
      return new Decision(
          null, "the funnel records it already, from the same statement, as a figure of the stage");
    }
    FigureView current = r.match().stage().current();
    Classification c = r.verdict().classification();
    boolean addsDate =
        q.date() != null
            && current != null
            && (current.asOf() == null || q.date().isAfter(current.asOf()));
    boolean changes =
        c == Classification.NEWER
            || c == Classification.CONFLICTS
            || (c == Classification.AGREES && addsDate);
    if (!changes || r.verdict().deprecatedFigure() != null) {
      return new Decision(null, null);
    }
    // an agreeing reading that says less (a bound, or a wider range) would replace the figure with
    // a vaguer one: checked before the missing count, so a bound agreeing is not sent to be typed
    // in
    if (c == Classification.AGREES && (d == null || !withinCurrent(d, current))) {
      return new Decision(
          null, "it is less precise than the funnel's figure, which it does not contradict");
    }
    if (d == null) {
      return new Decision(
          null,
          "the text gives no whole count to record; a bound such as \"more than 60\" is"
              + " recorded by hand, as a range from or to it where the sources give the other end");
    }
    FigureStatus status = current == null ? FigureStatus.REPORTED : current.status();
    return new Decision(
        new FigureSpec(
            r.match().stage().key(),
            d.count(),
            d.low(),
            d.high(),
            d.approximate() ? Boolean.TRUE : null,
            status,
            q.date(),
            d.period(),
            d.wording(),
            note(q),
            List.of(statementId),
            null),
        null);
  }

  /** A figure's value as resting on one statement: stage, statement key, count or range. */
  static String recordedKey(String stage, String statementKey, Long count, Long low, Long high) {
    return stage + "|" + statementKey + "|" + count + "|" + low + "|" + high;
  }

  /** Whether a reading is no wider than the current figure: the same count, or inside its range. */
  private static boolean withinCurrent(FigureDraft d, FigureView current) {
    Long curLow = current.count() != null ? current.count() : current.low();
    Long curHigh = current.count() != null ? current.count() : current.high();
    Long low = d.count() != null ? d.count() : d.low();
    Long high = d.count() != null ? d.count() : d.high();
    if (curLow == null || curHigh == null || low == null || high == null) {
      return false;
    }
    boolean hedgedNow = d.approximate() && !Boolean.TRUE.equals(current.approximate());
    return !hedgedNow && low >= curLow && high <= curHigh;
  }

  private static String note(Reading q) {
    if (q.date() == null) {
      return null;
    }
    return "asOf from the sentence: '" + q.dateWording() + "'";
  }

  private static StatementSpec statement(
      String id, SourceInfo source, String quote, ExtractionView.Speaker speaker) {
    if (speaker != null) {
      return new StatementSpec(
          id,
          source.key(),
          speaker.name(),
          speaker.role(),
          null,
          null,
          StatementKind.REPORTED_SPEECH,
          quote);
    }
    String who =
        source.publisher() == null || source.publisher().isBlank()
            ? "Unattributed in the source"
            : source.publisher();
    return new StatementSpec(
        id,
        source.key(),
        who,
        "Publisher of the source; the sentence names no speaker",
        null,
        null,
        StatementKind.PARAPHRASE,
        quote);
  }

  /** The speaker of a sentence's first quantity that has a resolved one. */
  private static ExtractionView.Speaker speakerOf(List<Reconciler.Result> results, int sentence) {
    for (Reconciler.Result r : results) {
      ExtractionView.Speaker s = r.reading().found().speaker();
      if (r.reading().found().sentence().index() == sentence
          && s != null
          && !"unresolved".equals(s.basis())
          && s.name() != null
          && !s.name().isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static ExtractionView.Selector selector(String text, SentenceView s) {
    int start = text.offsetByCodePoints(0, s.position().start());
    int end = text.offsetByCodePoints(0, s.position().end());
    TextQuoteSelector q = TextQuoteSelector.of(text, start, end);
    return new ExtractionView.Selector(q.prefix(), q.exact(), q.suffix());
  }

  private static String freeKey(String base, Set<String> taken) {
    String b = base.length() > 90 ? base.substring(0, 90) : base;
    String key = b;
    for (int n = 2; taken.contains(key); n++) {
      key = b + "-" + n;
    }
    taken.add(key);
    return key;
  }
}
