package org.casefunnel.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.model.Figure;
import org.casefunnel.text.TextOffsets;

/** Turns an extraction's result into its wire form. */
final class ExtractionViews {

  /** Largest count a figure holds, so a draft is always one the figure endpoints accept. */
  static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Figure.MAX_COUNT);

  static final String TOO_LARGE =
      "Too large to be a count: a figure holds whole numbers up to 1,000,000,000,000 (10^12), so"
          + " there is no figure draft, and the value is not given as a number (see the wording).";

  private ExtractionViews() {}

  static ExtractionView of(Long sourceId, String text, ExtractionResult result) {
    List<ExtractionView.SentenceView> sentences = new ArrayList<>();
    List<ExtractionView.FoundQuantity> found = new ArrayList<>();
    Sentence current = null;
    for (ExtractedQuantity e : result.quantities()) {
      if (e.sentence() != current) {
        current = e.sentence(); // quantities come in text order, so each sentence once
        sentences.add(
            new ExtractionView.SentenceView(
                sentences.size(), current.text(), position(current.offsets())));
      }
      found.add(view(e, sentences.size() - 1));
    }
    return new ExtractionView(
        sourceId,
        text.codePointCount(0, text.length()),
        found,
        sentences,
        result.truncated(),
        ExtractionView.wire(result.truncation()),
        result.readUpTo());
  }

  private static ExtractionView.Position position(TextOffsets offsets) {
    return new ExtractionView.Position(offsets.codePointStart(), offsets.codePointEnd());
  }

  private static ExtractionView.FoundQuantity view(ExtractedQuantity e, int sentenceIndex) {
    Quantity q = e.quantity();
    // a count beyond what a figure holds is not read as a value: past 2^53 a JSON number is
    // silently rounded by many clients, and the note says why it is absent
    boolean counted = !q.isShare() && !tooLarge(q);
    ExtractionView.Value value =
        new ExtractionView.Value(
            ExtractionView.wire(q.bound()),
            q.approximate(),
            counted ? q.count().low() : null,
            counted ? q.count().high() : null,
            q.isShare() ? q.share().low() : null,
            q.isShare() ? q.share().high() : null,
            q.rate() == null ? null : ExtractionView.wire(q.rate().period()));
    return new ExtractionView.FoundQuantity(
        true,
        q.span().text(),
        position(e.offsets()),
        new ExtractionView.Selector(
            e.selector().prefix(), e.selector().exact(), e.selector().suffix()),
        new ExtractionView.SentenceRef(sentenceIndex, position(e.sentence().offsets())),
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
        draft(q),
        tooLarge(q) ? TOO_LARGE : null);
  }

  /** A count beyond what a figure holds: either end, or an open end above it. */
  static boolean tooLarge(Quantity q) {
    if (q.isShare()) {
      return false;
    }
    Interval count = q.count();
    return count.low().compareTo(LARGEST_COUNT) > 0
        || count.high() != null && count.high().compareTo(LARGEST_COUNT) > 0;
  }

  /** A figure draft for a whole-number count with a closed interval that fits; null otherwise. */
  private static ExtractionView.FigureDraft draft(Quantity q) {
    if (q.isShare()
        || q.count().isOpenEnded()
        || tooLarge(q)
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
