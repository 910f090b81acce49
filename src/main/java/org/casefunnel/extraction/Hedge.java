package org.casefunnel.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A hedge or bound word before or after a figure, over tokens [from, to). */
record Hedge(Type type, int from, int to) {

  enum Type {
    APPROXIMATE,
    MORE_THAN,
    AT_LEAST,
    FEWER_THAN,
    AT_MOST
  }

  /**
   * "nearly", "almost" and "just under" count as approximate: they say the figure is close, and a
   * bare upper bound would lose that.
   */
  private static final Map<String, Type> BEFORE =
      Map.ofEntries(
          Map.entry("around", Type.APPROXIMATE),
          Map.entry("about", Type.APPROXIMATE),
          Map.entry("approximately", Type.APPROXIMATE),
          Map.entry("approx", Type.APPROXIMATE),
          Map.entry("roughly", Type.APPROXIMATE),
          Map.entry("some", Type.APPROXIMATE),
          Map.entry("maybe", Type.APPROXIMATE),
          Map.entry("perhaps", Type.APPROXIMATE),
          Map.entry("possibly", Type.APPROXIMATE),
          Map.entry("potentially", Type.APPROXIMATE),
          Map.entry("circa", Type.APPROXIMATE),
          Map.entry("an estimated", Type.APPROXIMATE),
          Map.entry("estimated", Type.APPROXIMATE),
          Map.entry("nearly", Type.APPROXIMATE),
          Map.entry("almost", Type.APPROXIMATE),
          Map.entry("close to", Type.APPROXIMATE),
          Map.entry("just under", Type.APPROXIMATE),
          Map.entry("just over", Type.APPROXIMATE),
          Map.entry("just below", Type.APPROXIMATE),
          Map.entry("just above", Type.APPROXIMATE),
          Map.entry("more or less", Type.APPROXIMATE),
          Map.entry("in the region of", Type.APPROXIMATE),
          Map.entry("of the order of", Type.APPROXIMATE),
          Map.entry("more than", Type.MORE_THAN),
          Map.entry("over", Type.MORE_THAN),
          Map.entry("well over", Type.MORE_THAN),
          Map.entry("above", Type.MORE_THAN),
          Map.entry("in excess of", Type.MORE_THAN),
          Map.entry("greater than", Type.MORE_THAN),
          Map.entry("upwards of", Type.MORE_THAN),
          Map.entry("at least", Type.AT_LEAST),
          Map.entry("no fewer than", Type.AT_LEAST),
          Map.entry("no less than", Type.AT_LEAST),
          Map.entry("not less than", Type.AT_LEAST),
          Map.entry("a minimum of", Type.AT_LEAST),
          Map.entry("fewer than", Type.FEWER_THAN),
          Map.entry("less than", Type.FEWER_THAN),
          Map.entry("under", Type.FEWER_THAN),
          Map.entry("below", Type.FEWER_THAN),
          Map.entry("well under", Type.FEWER_THAN),
          Map.entry("up to", Type.AT_MOST),
          Map.entry("at most", Type.AT_MOST),
          Map.entry("no more than", Type.AT_MOST),
          Map.entry("not more than", Type.AT_MOST),
          Map.entry("a maximum of", Type.AT_MOST),
          Map.entry("as many as", Type.AT_MOST));

  private static final Map<String, Type> AFTER =
      Map.ofEntries(
          Map.entry("or more", Type.AT_LEAST),
          Map.entry("or above", Type.AT_LEAST),
          Map.entry("or over", Type.AT_LEAST),
          Map.entry("or higher", Type.AT_LEAST),
          Map.entry("or greater", Type.AT_LEAST),
          Map.entry("and over", Type.AT_LEAST),
          Map.entry("and above", Type.AT_LEAST),
          Map.entry("plus", Type.AT_LEAST),
          Map.entry("+", Type.AT_LEAST),
          Map.entry("or fewer", Type.AT_MOST),
          Map.entry("or less", Type.AT_MOST),
          Map.entry("or under", Type.AT_MOST),
          Map.entry("or below", Type.AT_MOST),
          Map.entry("and under", Type.AT_MOST),
          Map.entry("and below", Type.AT_MOST),
          Map.entry("or so", Type.APPROXIMATE),
          Map.entry("odd", Type.APPROXIMATE));

  /** The first word of every phrase: a token that is none of them starts no hedge. */
  private static final Set<String> FIRST_WORDS =
      Stream.concat(BEFORE.keySet().stream(), AFTER.keySet().stream())
          .map(phrase -> phrase.split(" ")[0])
          .collect(Collectors.toUnmodifiableSet());

  static Hedge before(List<Token> tokens, int i) {
    return longest(tokens, i, BEFORE);
  }

  static Hedge after(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).isSymbol("-") && Refusals.adjacent(tokens, i)) {
      Hedge glued = longest(tokens, i + 1, AFTER); // "2,000-odd", "500-plus"
      return glued == null ? null : new Hedge(glued.type(), i, glued.to());
    }
    return longest(tokens, i, AFTER);
  }

  private static Hedge longest(List<Token> tokens, int i, Map<String, Type> phrases) {
    if (i >= tokens.size() || !FIRST_WORDS.contains(tokens.get(i).lower())) {
      return null; // most tokens start no hedge: no phrases to build
    }
    for (int length = 4; length >= 1; length--) {
      if (i + length > tokens.size() || newlineWithin(tokens, i, i + length)) {
        continue;
      }
      StringBuilder phrase = new StringBuilder(tokens.get(i).lower());
      for (int k = i + 1; k < i + length; k++) {
        phrase.append(' ').append(tokens.get(k).lower());
      }
      Type type = phrases.get(phrase.toString());
      if (type != null) {
        return new Hedge(type, i, i + length);
      }
    }
    return null;
  }

  private static boolean newlineWithin(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).newlineBefore()) {
        return true;
      }
    }
    return false;
  }
}
