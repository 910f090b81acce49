package org.casefunnel.extraction;

import java.util.List;

/**
 * What one extraction found, and whether it read the whole text.
 *
 * @param quantities the quantities found, in text order
 * @param truncation why it stopped early, or null when it read the whole text
 * @param readUpTo where it stopped, in code points: the text's length when it read it all
 */
public record ExtractionResult(
    List<ExtractedQuantity> quantities, Truncation truncation, int readUpTo) {

  public boolean truncated() {
    return truncation != null;
  }
}
