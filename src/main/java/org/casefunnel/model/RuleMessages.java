package org.casefunnel.model;

import java.util.List;

/**
 * The words of every rule a change of a funnel is checked by, shared by the single writes and the
 * document import so that one rule always says one thing.
 */
public final class RuleMessages {

  private RuleMessages() {}

  public static String noStage(String key) {
    return "no stage has key '" + key + "'";
  }

  public static String noStatement(String id) {
    return "no statement has id '" + id + "'";
  }

  /** A list of statement ids that names one twice: the second mention is the error. */
  public static String statementAgain(String id) {
    return "names statement '" + id + "' again; name each statement once";
  }

  public static String noSource(String id) {
    return "no source has id '" + id + "'";
  }

  public static String ownBase() {
    return "a stage cannot be its own base";
  }

  public static String loopsBackTo(String key) {
    return "base-stage links loop back to stage '" + key + "'";
  }

  public static String estimatesItself() {
    return "a stage cannot estimate itself";
  }

  public static String estimatesLoopBackTo(String key) {
    return "estimates links loop back to stage '" + key + "'";
  }

  /**
   * The 409 detail of a delete of a stage that other stages link to, as their base or as the stage
   * they estimate: either link would be left naming nothing.
   */
  public static String stillLinked(String key, List<String> dependants) {
    return "Stage '"
        + key
        + "' is the base of, or is estimated by, stage(s) '"
        + String.join("', '", dependants)
        + "'; change those first.";
  }

  public static String quoteNotIn(String sourceKey) {
    return "does not occur verbatim in the text of source '" + sourceKey + "'";
  }

  public static String duplicate(String what, String key) {
    return "duplicate " + what + " '" + key + "'";
  }

  /** The 409 detail when a key is taken in a funnel. */
  public static String taken(String funnelId, String what, String key) {
    return "Funnel '" + funnelId + "' has a " + what + " '" + key + "' already.";
  }

  /** A document figure's sequence that does not follow its stage's figure before it. */
  public static String sequenceNotAfter(int previous, String stage, String previousAt) {
    return "must be greater than "
        + previous
        + ", the sequence of the figure of stage '"
        + stage
        + "' before it ("
        + previousAt
        + "); a stage's figures are listed in recording order";
  }

  /** A document figure's supersedes that names no earlier figure of its stage. */
  public static String noEarlierFigure(int sequence, String stage) {
    return "no earlier figure of stage '"
        + stage
        + "' in the document has sequence "
        + sequence
        + "; a figure can only supersede one recorded before it in the same stage";
  }

  /** Sequence and supersedes in a create request or patch, where the service numbers figures. */
  public static String placeSetByService() {
    return "is set by the service when it records the figure; only a funnel document import"
        + " takes it";
  }
}
