package org.casefunnel.extraction;

import org.casefunnel.text.TextOffsets;

/** A sentence of the source text, trimmed, with its offsets into the whole text. */
public record Sentence(String text, TextOffsets offsets) {

  int charStart() {
    return offsets.charStart();
  }

  int charEnd() {
    return offsets.charEnd();
  }
}
