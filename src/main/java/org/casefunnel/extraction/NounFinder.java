package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun a quantity counts, from the words right after it: lowercase words up to a function
 * word, punctuation or a period phrase. Adjectives stay in the phrase ("sexual offences"); a
 * trailing participle is dropped ("cases identified" gives "cases").
 */
final class NounFinder {

  private static final int MAX_WORDS = 4;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "with",
          "by",
          "from",
          "about",
          "around",
          "between",
          "into",
          "onto",
          "over",
          "under",
          "within",
          "without",
          "during",
          "since",
          "before",
          "after",
          "across",
          "against",
          "per",
          "every",
          "each",
          "and",
          "or",
          "but",
          "nor",
          "so",
          "than",
          "as",
          "if",
          "when",
          "where",
          "while",
          "because",
          "although",
          "though",
          "who",
          "whom",
          "whose",
          "which",
          "that",
          "this",
          "these",
          "those",
          "it",
          "its",
          "they",
          "them",
          "their",
          "we",
          "us",
          "our",
          "he",
          "him",
          "his",
          "she",
          "her",
          "you",
          "your",
          "i",
          "me",
          "my",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "not",
          "no",
          "just",
          "only",
          "ago",
          "still",
          "now",
          "already",
          "also",
          "then",
          "more",
          "less",
          "fewer",
          "very",
          "too",
          "such",
          "remained",
          "remain",
          "remains",
          "said",
          "says",
          "most",
          "there",
          "here",
          "up",
          "down",
          "out",
          "off",
          "again",
          "yet",
          "even",
          "all",
          "any",
          "some",
          "both",
          "either",
          "neither",
          "cent",
          "percent",
          "plus",
          "including",
          "included",
          "include",
          "includes");

  private static final Set<String> ANAPHORS =
      Set.of("which", "them", "these", "those", "whom", "it", "this", "that");

  private static final Set<String> DETERMINERS =
      Set.of("the", "these", "those", "all", "its", "their", "our", "his", "her", "this", "that");

  private static final Set<String> VERB_LIKE =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "have",
          "had",
          "has",
          "remained",
          "remain",
          "remains",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "did",
          "do");

  private NounFinder() {}

  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /**
   * The noun after a quantity ending at char {@code from}, looking no further than {@code limit}.
   * {@code previous} is the noun of the quantity before it in the sentence, or null.
   */
  static NounPhrase find(String text, int from, int limit, NounPhrase previous) {
    List<Token> tokens = Tokenizer.tokenize(text.substring(from, limit));
    int k = 0;
    if (isWord(tokens, 0, "of")) {
      if (ANAPHORS.contains(lower(tokens, 1))) {
        return inherit(previous); // "half of which", "2,200 of them"
      }
      k = DETERMINERS.contains(lower(tokens, 1)) ? 2 : 1;
    }
    int first = k;
    int last = -1;
    while (k < tokens.size() && k - first < MAX_WORDS && isNounWord(tokens.get(k))) {
      last = k;
      k++;
      if (k + 1 < tokens.size() && hyphenJoins(tokens, k)) {
        last = k + 1; // "child-abuse cases"
        k += 2;
      }
    }
    while (last > first && isParticiple(tokens.get(last).lower())) {
      last--; // "cases identified": the participle is not part of the noun
    }
    if (last >= first && isParticiple(tokens.get(last).lower())) {
      last = -1; // "1,200 remained"
    }
    if (last < first) {
      boolean verbNext = k < tokens.size() && isVerbLike(tokens.get(k).lower());
      return verbNext || last == -1 && k > first ? inherit(previous) : null;
    }
    String phrase = text.substring(from + tokens.get(first).start(), from + tokens.get(last).end());
    String head = tokens.get(last).text();
    int hyphen = head.lastIndexOf('-');
    return new NounPhrase(phrase, hyphen >= 0 ? head.substring(hyphen + 1) : head, false);
  }

  private static boolean isNounWord(Token t) {
    if (t.kind() != Token.Kind.WORD || t.newlineBefore() || t.isCapitalised()) {
      return false;
    }
    String w = t.lower();
    return !STOP_WORDS.contains(w)
        && !Lexicon.PERIOD_ADVERBS.containsKey(w)
        && !Lexicon.CLAUSE_WORDS.contains(w)
        && !(w.endsWith("ly") && w.length() > 4);
  }

  private static boolean hyphenJoins(List<Token> tokens, int k) {
    return tokens.get(k).isSymbol("-")
        && tokens.get(k - 1).end() == tokens.get(k).start()
        && tokens.get(k).end() == tokens.get(k + 1).start()
        && isNounWord(tokens.get(k + 1));
  }

  private static boolean isParticiple(String w) {
    return w.endsWith("ed") || w.endsWith("ing") && w.length() > 5;
  }

  private static boolean isVerbLike(String w) {
    return VERB_LIKE.contains(w) || w.endsWith("ed");
  }

  private static NounPhrase inherit(NounPhrase previous) {
    return previous == null ? null : previous.asInferred();
  }

  private static boolean isWord(List<Token> tokens, int k, String w) {
    return k < tokens.size() && tokens.get(k).isWord(w);
  }

  private static String lower(List<Token> tokens, int k) {
    return k < tokens.size() ? tokens.get(k).lower() : "";
  }
}
