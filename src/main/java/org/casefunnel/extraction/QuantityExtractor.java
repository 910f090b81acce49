package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import org.casefunnel.text.TextOffsets;
import org.casefunnel.text.TextQuoteSelector;

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
    NounPhrase lastNoun = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      NounPhrase earlier = lastNoun;
      NounPhrase inSentence = null;
      // Parsed per sentence so that no range, rate or noun reaches into the next one.
      for (Quantity local : parser.parseAll(sentence.text())) {
        Quantity q = local.shiftedBy(sentence.charStart());
        int start = q.span().start();
        int end = q.span().end();
        NounPhrase noun =
            NounFinder.find(text, end, sentence.charEnd(), inSentence, earlier, q.isShare());
        if (noun != null) {
          inSentence = noun;
          lastNoun = noun;
        }
        out.add(
            new ExtractedQuantity(
                q,
                TextOffsets.of(text, start, end),
                TextQuoteSelector.of(text, start, end),
                sentence,
                noun,
                speakers.get(i)));
      }
    }
    return out;
  }

  /** The sentences as the extractor sees them, for callers that show context. */
  public List<Sentence> sentences(String text) {
    return SentenceSplitter.split(text);
  }
}
