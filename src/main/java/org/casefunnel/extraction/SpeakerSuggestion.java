package org.casefunnel.extraction;

/**
 * Who the sentence says gave a figure. A suggestion for a person to confirm, never a fact.
 *
 * @param name the speaker as best resolved ("Sir Mark Rowley"), or the words used when no person
 *     could be resolved ("A Home Office spokesperson")
 * @param role the role the text gives them ("Met Commissioner"), or null
 * @param confidence in [0, 1]; see {@link Basis} for what each level means
 * @param basis how the speaker was found
 * @param evidence the attributing words in the sentence ("The commissioner said")
 */
public record SpeakerSuggestion(
    String name, String role, double confidence, Basis basis, String evidence) {

  public SpeakerSuggestion {
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** How the speaker was found, most to least reliable. */
  public enum Basis {
    /** The sentence names them in full: "Met Commissioner Sir Mark Rowley told...". */
    NAMED(0.9),
    /** A short form of a name met earlier: "Sir Mark said" for Sir Mark Rowley. */
    ALIAS(0.85),
    /** A role matched to a person whose role the text gave earlier: "The commissioner said". */
    ROLE(0.75),
    /** A spokesperson or body rather than a person: "A Home Office spokesperson said". */
    ORGANISATION(0.6),
    /** "He said", resolved to the most recent named speaker. */
    PRONOUN(0.65),
    /** A quotation running on from the previous sentence's speaker. */
    CONTINUATION(0.5),
    /** A role or pronoun that could not be tied to anyone named. */
    UNRESOLVED(0.3);

    private final double confidence;

    Basis(double confidence) {
      this.confidence = confidence;
    }

    public double confidence() {
      return confidence;
    }
  }
}
