package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses English number expressions into {@link Quantity quantities}. Stateless and thread-safe.
 *
 * <p>Conventions for vague phrases (all inclusive; "approximate" is set for every row):
 *
 * <table>
 *   <caption>Vague magnitudes and shares</caption>
 *   <tr><th>Phrase</th><th>Interval</th><th>Why</th></tr>
 *   <tr><td>tens of</td><td>[20, 99]</td><td>plural tens, fewer than a hundred</td></tr>
 *   <tr><td>dozens of</td><td>[24, 143]</td><td>two dozen, fewer than a gross</td></tr>
 *   <tr><td>hundreds of</td><td>[200, 999]</td><td>plural hundreds, fewer than a thousand</td></tr>
 *   <tr><td>thousands of</td><td>[2,000, 9,999]</td><td>the same rule one power up</td></tr>
 *   <tr><td>millions of</td><td>[2,000,000, 9,999,999]</td><td>the same rule</td></tr>
 *   <tr><td>tens of thousands of</td><td>[20,000, 99,999]</td><td>tens times the unit</td></tr>
 *   <tr><td>hundreds of thousands of</td><td>[200,000, 999,999]</td><td>the same</td></tr>
 *   <tr><td>several hundred</td><td>[300, 900]</td><td>three to nine of the unit</td></tr>
 *   <tr><td>a few thousand</td><td>[2,000, 5,000]</td><td>two to five of the unit</td></tr>
 *   <tr><td>most of, the majority of</td><td>share [0.5, 1]</td><td>more than half</td></tr>
 *   <tr><td>the vast majority of</td><td>share [0.75, 1]</td><td>at least three quarters</td></tr>
 *   <tr><td>a minority of</td><td>share [0, 0.5]</td><td>less than half</td></tr>
 * </table>
 *
 * <p>Hedges and bounds:
 *
 * <table>
 *   <caption>Hedges and bounds</caption>
 *   <tr><th>Phrase</th><th>Kind</th><th>Interval</th></tr>
 *   <tr><td>around / about / approximately / some / maybe / nearly / almost / 2,000 or so</td>
 *       <td>APPROXIMATE</td><td>[2,000, 2,000]; the caller chooses a tolerance</td></tr>
 *   <tr><td>more than / over / above 9,000</td><td>AT_LEAST</td><td>[9,001, open)</td></tr>
 *   <tr><td>at least / no fewer than 9,000; 9,000 or more; 9,000+</td><td>AT_LEAST</td>
 *       <td>[9,000, open)</td></tr>
 *   <tr><td>fewer than / less than / under 500</td><td>AT_MOST</td><td>[0, 499]</td></tr>
 *   <tr><td>up to / at most / no more than 500; 500 or fewer</td><td>AT_MOST</td>
 *       <td>[0, 500]</td></tr>
 *   <tr><td>2,000 or 3,000; between 2,000 and 3,000; 2,000-3,000; 2,000 to 3,000</td>
 *       <td>RANGE</td><td>[2,000, 3,000]; a hedge ("maybe") only sets approximate</td></tr>
 * </table>
 *
 * <p>Shares have bounds in [0, 1]: "more than half" is [0.5, 1] (strictness is not kept for
 * shares), "25%" is [0.25, 0.25], "a third" is 0.333333 (six decimal places). A fraction of a scale
 * word is a count: "a quarter of a million" is 250,000; "a third of a million", not whole, is
 * rounded to three significant figures and approximate (333,000), never 333,333.
 *
 * <p>Refused, producing nothing: dates ("25 November 2026", "2026-11-24", "1 January"), years ("in
 * 2019", "since 2014", "2019/20"), ages ("aged 13", "13-year-old"), ordinals ("2nd", "third" unless
 * a share), times ("10:30", "10am"), phone numbers ("020 7230 1212"), labels and every number of
 * the range or list they introduce ("section 5", "case no. 4521", "# 4521", "ref: 12", "pages
 * 12-14", "nos. 3 and 4", "Year 9"), codes ("CRN 12345678", "978-3-16-148410-0"), identifiers
 * ("COVID-19"), numbers joined by a slash ("24/7", "3/4"), temperatures ("21°C") and money
 * ("£9,500", "£3m", "3,000 euros", "thousands of pounds"): a stage match does not look at the
 * counted noun, so money read as a count could become a stage's figure.
 */
public final class QuantityParser {

  /** Every quantity in the text, in order, with non-overlapping spans into the text. */
  public List<Quantity> parseAll(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    PhraseReader reader = new PhraseReader(text, tokens, Refusals.blocked(tokens));
    List<Quantity> found = new ArrayList<>();
    int i = 0;
    Span period = null; // of the last rate: its "a quarter" is no share
    while (i < tokens.size()) {
      PhraseReader.Found phrase = inside(tokens.get(i), period) ? null : reader.readAt(i);
      if (phrase == null) {
        i++;
      } else {
        found.add(phrase.quantity());
        i = phrase.next();
        period = phrase.quantity().rate() == null ? null : phrase.quantity().rate().span();
      }
    }
    return found;
  }

  private static boolean inside(Token t, Span span) {
    return span != null && t.start() >= span.start() && t.start() < span.end();
  }

  /** The first quantity in a phrase such as "around 2,000 sexual offences every month". */
  public Optional<Quantity> parse(String phrase) {
    return parseAll(phrase).stream().findFirst();
  }
}
