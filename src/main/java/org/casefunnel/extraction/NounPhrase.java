package org.casefunnel.extraction;

/**
 * What a quantity counts: the noun phrase after it ("historic cases") and its head noun ("cases").
 * Inferred is true when the text does not repeat the noun ("2,200 of them", "1,200 remained") and
 * it was taken from an earlier quantity in the same sentence.
 */
public record NounPhrase(String text, String head, boolean inferred) {

  NounPhrase asInferred() {
    return new NounPhrase(text, head, true);
  }
}
