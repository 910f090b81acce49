package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quantity in a text, with its sentence, selectors, counted noun and suggested speaker.
 * Stateless and thread-safe; speaker resolution starts afresh for each text.
 */
public final class QuantityExtractor {

  private final QuantityParser parser = new QuantityParser();

  public List<ExtractedQuantity> extract(String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<SpeakerSuggestion> speakers = new SpeakerResolver().resolve(sentences);
    List<ExtractedQuantity> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      NounPhrase previousNoun = null;
      // Parsed per sentence so that no range, rate or noun reaches into the next one.
      for (Quantity local : parser.parseAll(sentence.text())) {
        Quantity q = local.shiftedBy(sentence.charStart());
        NounPhrase noun = NounFinder.find(text, q.span().end(), sentence.charEnd(), previousNoun);
        if (noun != null) {
          previousNoun = noun;
        }
        out.add(
            new ExtractedQuantity(
                q,
                TextOffsets.of(text, q.span().start(), q.span().end()),
                TextQuoteSelector.of(text, q.span().start(), q.span().end()),
                sentence,
                noun,
                speakers.get(i)));
      }
    }
    return out;
  }

  /** Splits text into sentences as the extractor does, for callers that show context. */
  public List<Sentence> sentences(String text) {
    return SentenceSplitter.split(text);
  }
}
