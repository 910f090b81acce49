package org.casefunnel.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casefunnel.extraction.ExtractionView.FoundQuantity;

/**
 * One quantity of the text as the matcher reads it: the extraction's suggestion, the words of its
 * clause, and the value and date it states.
 *
 * @param index its place among the quantities of the text
 * @param found the extraction's suggestion
 * @param clause stems of the clause around it (up to the next comma, dash or quantity), each with
 *     its distance in content words from the quantity (0: next to it)
 * @param lead the clause's words before the quantity, lower case (for contrast words)
 * @param nounWords stems of the noun phrase it counts
 * @param low lowest count it allows (a share is taken of the count it refers to), or null
 * @param high highest count, or null when open-ended or unknown
 * @param shareOf for a share, the wording of the count it is a share of; null otherwise
 * @param date the date the sentence states for it, or null: the only date it holds as of
 * @param dateWording the words that state the date, or null
 * @param reportedOn the source's publication date, or null: when it was reported, not a date it
 *     holds as of
 * @param previous index of the quantity before it in the same sentence, or -1
 * @param next index of the quantity after it in the same sentence, or -1
 */
record Reading(
    int index,
    FoundQuantity found,
    Map<String, Integer> clause,
    String lead,
    Set<String> nounWords,
    BigDecimal low,
    BigDecimal high,
    String shareOf,
    LocalDate date,
    String dateWording,
    LocalDate reportedOn,
    int previous,
    int next) {

  boolean hasValue() {
    return low != null;
  }

  String period() {
    return found.value().period();
  }

  String nounHead() {
    return found.noun() == null ? null : Words.stem(found.noun().head().toLowerCase());
  }

  boolean nounInferred() {
    return found.noun() != null && found.noun().inferred();
  }
}
