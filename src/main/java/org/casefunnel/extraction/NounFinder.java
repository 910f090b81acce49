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

  /**
   * Tokens looked at: an "of" and a determiner, then MAX_WORDS words of up to three tokens each
   * ("child-abuse"), and the token after them.
   */
  private static final int TOKENS_READ = 2 + 3 * MAX_WORDS + 2;

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
          "next",
          "last",
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

  private static final Set<String> MORE = Set.of("more", "further", "extra");

  private static final Set<String> IRREGULAR_PLURALS =
      Set.of("people", "children", "men", "women", "staff", "police", "personnel", "data");

  private NounFinder() {}

  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /**
   * The noun after a quantity ending at char {@code from}, looking no further than {@code limit}.
   * {@code inSentence} is the noun of the quantity before it in the same sentence; {@code earlier}
   * the last noun before this sentence, which only "of these" and the like reach back to. A share
   * names its whole with "of" ("a third of referrals"); without it, only a plural noun can follow
   * ("most victims"), so "one in five came" borrows the noun from before.
   */
  static NounPhrase find(
      String text, int from, int limit, NounPhrase inSentence, NounPhrase earlier, boolean share) {
    // Only the first few words are read, so a long sentence is not tokenized again per quantity.
    List<Token> tokens = Tokenizer.tokenize(text, from, limit, TOKENS_READ);
    int k = 0;
    boolean ofPhrase = isWord(tokens, 0, "of");
    boolean skippedMore = false;
    if (ofPhrase) {
      if (ANAPHORS.contains(lower(tokens, 1))) {
        // "half of which", "2,200 of them", "most of these"
        return inherit(inSentence != null ? inSentence : earlier);
      }
      k = DETERMINERS.contains(lower(tokens, 1)) ? 2 : 1;
    } else if (MORE.contains(lower(tokens, 0))) {
      k = 1; // "a dozen more volunteers", "up to 20 more"
      skippedMore = true;
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
      if (isPlural(tokens.get(last).lower())) {
        break; // the head: "referrals came from schools" stops at "referrals"
      }
    }
    while (last > first && isParticiple(tokens.get(last).lower())) {
      last--; // "cases identified": the participle is not part of the noun
    }
    if (last >= first && isParticiple(tokens.get(last).lower())) {
      last = -1; // "1,200 remained"
    }
    boolean sharedWithoutWhole =
        share && !ofPhrase && last >= first && !isPlural(tokens.get(last).lower());
    if (last < first || sharedWithoutWhole) {
      // Elliptical: "1,200 remained", "310 the year before", "nearly 300 a day".
      boolean wordFollows = k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD;
      return wordFollows || k > first || skippedMore ? inherit(inSentence) : null;
    }
    String phrase = text.substring(tokens.get(first).start(), tokens.get(last).end());
    String head = tokens.get(last).text();
    int hyphen = head.lastIndexOf('-');
    return new NounPhrase(phrase, hyphen >= 0 ? head.substring(hyphen + 1) : head, false);
  }

  private static boolean isPlural(String w) {
    if (IRREGULAR_PLURALS.contains(w)) {
      return true;
    }
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is");
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
