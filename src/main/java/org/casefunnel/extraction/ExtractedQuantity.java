package org.casefunnel.extraction;

import org.casefunnel.text.TextOffsets;
import org.casefunnel.text.TextQuoteSelector;

/**
 * A quantity found in a text, with everything needed to cite it.
 *
 * @param quantity the parsed quantity; its span is in UTF-16 chars of the whole text
 * @param offsets the quantity's offsets in chars and in code points (W3C TextPositionSelector)
 * @param selector the W3C TextQuoteSelector for the quantity
 * @param sentence the sentence it stands in, with the sentence's own offsets
 * @param noun what it counts, or null when the text does not say
 * @param speaker who the sentence attributes it to, or null when it attributes it to no one
 */
public record ExtractedQuantity(
    Quantity quantity,
    TextOffsets offsets,
    TextQuoteSelector selector,
    Sentence sentence,
    NounPhrase noun,
    SpeakerSuggestion speaker) {}
