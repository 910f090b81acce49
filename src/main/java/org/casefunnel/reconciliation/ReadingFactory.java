package org.casefunnel.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefunnel.extraction.ExtractionView;
import org.casefunnel.extraction.ExtractionView.FoundQuantity;
import org.casefunnel.extraction.ExtractionView.SentenceView;

/** Turns an extraction into readings: each quantity with its clause, value and date. */
final class ReadingFactory {

  /** Characters that end a clause on either side of a quantity. */
  private static final String BOUNDARIES = ",;:()–—";

  private ReadingFactory() {}

  /**
   * @param sourceDate the source's publication date, or null: when a quantity was reported, which
   *     orders it against the funnel's figures where no date is stated, but never becomes its date
   */
  static List<Reading> of(ExtractionView extraction, LocalDate sourceDate) {
    List<FoundQuantity> qs = extraction.quantities();
    List<Reading> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      FoundQuantity q = qs.get(i);
      SentenceView s = extraction.sentences().get(q.sentence().index());
      int prev = i > 0 && same(qs.get(i - 1), q) ? i - 1 : -1;
      int next = i + 1 < qs.size() && same(qs.get(i + 1), q) ? i + 1 : -1;
      int start = charIn(s, q.position().start());
      int end = charIn(s, q.position().end());
      int from = prev < 0 ? 0 : charIn(s, qs.get(prev).position().end());
      int to = next < 0 ? s.text().length() : charIn(s, qs.get(next).position().start());
      int[] c = clause(s.text(), Math.max(from, 0), start, end, Math.max(to, end));
      String before = s.text().substring(c[0], start);
      String after = s.text().substring(end, c[1]);
      DateFinder.Found d = DateFinder.nearest(s.text(), start);
      BigDecimal low = q.value().low();
      BigDecimal high = q.value().high();
      String shareOf = null;
      if (q.value().shareLow() != null && prev >= 0 && qs.get(prev).value().low() != null) {
        FoundQuantity base = qs.get(prev);
        low = times(q.value().shareLow(), base.value().low());
        high =
            base.value().high() == null ? null : times(q.value().shareHigh(), base.value().high());
        shareOf = base.wording();
      }
      Set<String> nounWords = Words.stems(q.noun() == null ? null : q.noun().text());
      out.add(
          new Reading(
              i,
              q,
              distances(before, after),
              before.toLowerCase(Locale.ROOT),
              nounWords,
              low,
              high,
              shareOf,
              d == null ? null : d.date(),
              d == null ? null : d.wording(),
              sourceDate,
              prev,
              next));
    }
    return out;
  }

  private static boolean same(FoundQuantity a, FoundQuantity b) {
    return a.sentence().index() == b.sentence().index();
  }

  /** Char offset in the sentence of a code point offset in the text. */
  private static int charIn(SentenceView s, int codePoint) {
    int cp = Math.max(0, Math.min(codePoint - s.position().start(), cpLength(s.text())));
    return s.text().offsetByCodePoints(0, cp);
  }

  private static int cpLength(String t) {
    return t.codePointCount(0, t.length());
  }

  /** Each stem of the clause with its least distance in content words from the quantity. */
  private static Map<String, Integer> distances(String before, String after) {
    Map<String, Integer> out = new HashMap<>();
    List<String> left = Words.stemList(before);
    for (int i = 0; i < left.size(); i++) {
      out.merge(left.get(i), left.size() - 1 - i, Math::min);
    }
    List<String> right = Words.stemList(after);
    for (int i = 0; i < right.size(); i++) {
      out.merge(right.get(i), i, Math::min);
    }
    return out;
  }

  /**
   * Char bounds {start, end} of the words around a quantity, up to a clause boundary or a
   * neighbouring quantity.
   */
  static int[] clause(String text, int from, int start, int end, int to) {
    int left = start;
    while (left > from && BOUNDARIES.indexOf(text.charAt(left - 1)) < 0 && !dash(text, left)) {
      left--;
    }
    int right = end;
    while (right < to && BOUNDARIES.indexOf(text.charAt(right)) < 0 && !dash(text, right + 1)) {
      right++;
    }
    return new int[] {left, Math.min(right, text.length())};
  }

  /** " - " ends a clause too (a spaced hyphen), but "2,000-3,000" does not. */
  private static boolean dash(String text, int at) {
    return at >= 2
        && at < text.length()
        && text.charAt(at - 1) == '-'
        && text.charAt(at - 2) == ' '
        && text.charAt(at) == ' ';
  }

  private static BigDecimal times(BigDecimal share, BigDecimal count) {
    return share.multiply(count).setScale(0, RoundingMode.HALF_EVEN);
  }
}
