package org.casefunnel.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.BooleanSupplier;
import org.casefunnel.common.problem.BeanChecks;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;

/** Reads the quantities a text states. Stores nothing. */
@ApplicationScoped
public class ExtractionService {

  private final QuantityExtractor extractor;
  private final ExtractionConfig config;
  private final SourceRepository sources;
  private final BeanChecks beanChecks;

  public ExtractionService(
      ExtractionConfig config, SourceRepository sources, BeanChecks beanChecks) {
    this.extractor = new QuantityExtractor(config.maxSuggestions());
    this.config = config;
    this.sources = sources;
    this.beanChecks = beanChecks;
  }

  /**
   * @param abandoned true once the client has gone away, so the work can stop
   */
  @Transactional
  public ExtractionView fromSource(long sourceId, BooleanSupplier abandoned) {
    Source source = sources.require(sourceId);
    if (source.text == null) {
      throw ProblemException.conflict(
          "Source '" + source.key + "' has no stored text to read; add its text first.");
    }
    return extract(source.id, source.text, abandoned);
  }

  public ExtractionView fromText(ExtractionRequest request, BooleanSupplier abandoned) {
    beanChecks.require(request);
    return extract(null, request.text(), abandoned);
  }

  /**
   * Reads a text for another feature (a reconciliation), with the same limits and answer as an
   * extraction; {@code sourceId} names a stored source, or is null.
   */
  public ExtractionView read(Long sourceId, String text, BooleanSupplier abandoned) {
    return extract(sourceId, text, abandoned);
  }

  private ExtractionView extract(Long sourceId, String text, BooleanSupplier abandoned) {
    ExtractionResult result = extractor.extract(text, Budget.of(config.deadline(), abandoned));
    return ExtractionViews.of(sourceId, text, result);
  }
}
