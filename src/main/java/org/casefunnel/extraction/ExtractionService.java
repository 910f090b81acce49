package org.casefunnel.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;

/** Reads the quantities a text states. Stores nothing. */
@ApplicationScoped
public class ExtractionService {

  private final QuantityExtractor extractor = new QuantityExtractor();
  private final SourceRepository sources;
  private final BeanChecks beanChecks;

  public ExtractionService(SourceRepository sources, BeanChecks beanChecks) {
    this.sources = sources;
    this.beanChecks = beanChecks;
  }

  @Transactional
  public ExtractionView fromSource(long sourceId) {
    Source source = sources.require(sourceId);
    if (source.text == null) {
      throw ProblemException.conflict(
          "Source '" + source.key + "' has no stored text to read; add its text first.");
    }
    return extract(source.id, source.text);
  }

  public ExtractionView fromText(ExtractionRequest request) {
    beanChecks.require(request);
    return extract(null, request.text());
  }

  private ExtractionView extract(Long sourceId, String text) {
    List<ExtractionView.FoundQuantity> found =
        extractor.extract(text).stream().map(ExtractionService::view).toList();
    return new ExtractionView(sourceId, text.codePointCount(0, text.length()), found);
  }

  private static ExtractionView.FoundQuantity view(ExtractedQuantity e) {
    Quantity q = e.quantity();
    ExtractionView.Value value =
        new ExtractionView.Value(
            ExtractionView.wire(q.bound()),
            q.approximate(),
            q.isShare() ? null : q.count().low(),
            q.isShare() ? null : q.count().high(),
            q.isShare() ? q.share().low() : null,
            q.isShare() ? q.share().high() : null,
            q.rate() == null ? null : ExtractionView.wire(q.rate().period()));
    return new ExtractionView.FoundQuantity(
        true,
        q.span().text(),
        new ExtractionView.Position(e.offsets().codePointStart(), e.offsets().codePointEnd()),
        new ExtractionView.Selector(
            e.selector().prefix(), e.selector().exact(), e.selector().suffix()),
        new ExtractionView.SentenceRef(
            e.sentence().text(),
            new ExtractionView.Position(
                e.sentence().offsets().codePointStart(), e.sentence().offsets().codePointEnd())),
        value,
        e.noun() == null
            ? null
            : new ExtractionView.Noun(e.noun().text(), e.noun().head(), e.noun().inferred()),
        e.speaker() == null
            ? null
            : new ExtractionView.Speaker(
                e.speaker().name(),
                e.speaker().role(),
                e.speaker().confidence(),
                ExtractionView.wire(e.speaker().basis()),
                e.speaker().evidence()),
        draft(q));
  }

  /** A figure draft for a whole-number count with a closed interval; null otherwise. */
  private static ExtractionView.FigureDraft draft(Quantity q) {
    if (q.isShare()
        || q.count().isOpenEnded()
        || !whole(q.count().low())
        || !whole(q.count().high())) {
      return null;
    }
    long low = q.count().low().longValueExact();
    long high = q.count().high().longValueExact();
    String period = q.rate() == null ? null : ExtractionView.wire(q.rate().period());
    boolean single = low == high;
    return new ExtractionView.FigureDraft(
        single ? low : null,
        single ? null : low,
        single ? null : high,
        q.approximate(),
        period,
        q.span().text());
  }

  private static boolean whole(BigDecimal v) {
    return v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
  }
}
