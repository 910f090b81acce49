package org.casefunnel.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a phrase, reduced to crude stems so that "reviewed", "review" and "reviews"
 * meet. Deliberately simple: a stem only has to be the same on both sides of a comparison.
 */
final class Words {

  private static final Set<String> STOP =
      words(
          "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
          "as", "that", "this", "these", "those", "them", "they", "it", "its", "was", "were", "is",
          "are", "be", "been", "being", "had", "has", "have", "which", "who", "whom", "said",
          "says", "say", "told", "tell", "just", "some", "about", "around", "than", "more", "less",
          "fewer", "into", "their", "there", "not", "only", "any", "all", "over", "per", "out",
          "also", "would", "will", "after", "before", "since", "still", "now", "total", "number",
          "numbers", "figure", "figures", "what", "where", "when", "while", "but", "our", "his",
          "her", "she", "he", "we", "you", "i", "so", "such", "other", "then", "one", "two", "each",
          "most", "many", "much", "nearly", "almost", "least", "maybe", "perhaps", "some", "out");

  private Words() {}

  private static Set<String> words(String... list) {
    return Set.copyOf(new LinkedHashSet<>(Arrays.asList(list)));
  }

  /**
   * Verbs reports use for the same step of a review: "found" cases are identified ones, "examined"
   * ones reviewed. Applied to both sides of a comparison.
   */
  private static final Map<String, String> SYNONYMS =
      Map.of(
          "found", "identify",
          "find", "identify",
          "uncover", "identify",
          "examin", "review");

  /** The distinct stems of the content words of {@code text}, in order. */
  static Set<String> stems(String text) {
    return new LinkedHashSet<>(stemList(text));
  }

  /** The stems of the content words of {@code text}, in order, repeats kept. */
  static List<String> stemList(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3 && !STOP.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A crude suffix-stripping stem: plural, -ied, -ing, -ed, -ion, -ment, -ly, final -e. */
  static String stem(String word) {
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ing") && w.length() > 5) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ed") && w.length() > 4) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("ion") && w.length() > 6) {
      w = w.substring(0, w.length() - 3);
    } else if (w.endsWith("ment") && w.length() > 7) {
      w = w.substring(0, w.length() - 4);
    } else if (w.endsWith("ly") && w.length() > 5) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return SYNONYMS.getOrDefault(w, w);
  }
}
