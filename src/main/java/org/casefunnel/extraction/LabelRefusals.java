package org.casefunnel.extraction;

import java.util.List;
import java.util.Set;

/**
 * Marks the numbers that name a thing rather than count it: a number after a label ("section 5",
 * "ref: 4521", "# 4521", "Year 9", "CRN 12345678") and every number of the range or list that label
 * introduces ("pages 12-14", "nos. 3 and 4"), a sub-clause ("5(2)") and a run of more than two
 * hyphen-joined numbers ("978-3-16-148410-0").
 */
final class LabelRefusals {

  /** Labels whose number may follow a colon: "ref: 4521", "ID: 4521", "Case no: 12". */
  private static final Set<String> COLON_LABELS =
      Set.of("no", "nos", "number", "ref", "reference", "id", "uin", "code");

  /** Plurals that introduce a list of labels: "paragraphs 3 and 4", "clauses 2-5". */
  private static final Set<String> PLURAL_LABELS =
      Set.of(
          "paragraphs",
          "chapters",
          "clauses",
          "items",
          "parts",
          "rules",
          "questions",
          "tables",
          "annexes",
          "appendices",
          "recommendations",
          "volumes",
          "schedules");

  /** Names a case rather than counting cases when a bare-digit number follows: "case 12". */
  private static final Set<String> CASE_WORDS = Set.of("case", "cases");

  /** Capitalised, these rank or place: "Year 9", "Top 10"; lower case they may not ("a year"). */
  private static final Set<String> RANK_WORDS =
      Set.of("Year", "Top", "Band", "Type", "Wave", "Round", "Priority", "Day", "Week", "Form");

  /** Words before a lower-case "top" that make it the verb: "could top 10,000" ranks nothing. */
  private static final Set<String> BEFORE_VERB_TOP =
      Set.of(
          "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
          "does", "do", "not", "never");

  /**
   * What a case review counts, in the plural: after a short code ("UK 1200 cases") such a noun
   * makes the digits a count; a code names one thing and is followed by none ("BA 2490 landed"). A
   * closed list, as a verb in -s ("BA 2490 arrives") looks like a plural noun.
   */
  private static final Set<String> COUNT_NOUNS =
      Set.of(
          "cases",
          "referrals",
          "reports",
          "victims",
          "survivors",
          "children",
          "people",
          "girls",
          "boys",
          "women",
          "men",
          "adults",
          "families",
          "offences",
          "crimes",
          "allegations",
          "suspects",
          "offenders",
          "perpetrators",
          "arrests",
          "charges",
          "convictions",
          "prosecutions",
          "investigations",
          "inquiries",
          "files",
          "records",
          "calls",
          "complaints",
          "officers",
          "incidents",
          "reviews");

  /** Joins a list after a plural label: "nos. 3 and 4", "paragraphs 3, 4 and 5". */
  private static final Set<String> LIST_GLUE = Set.of("and", "or", "&", ",");

  private LabelRefusals() {}

  static void block(List<Token> tokens, boolean[] blocked) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!Refusals.isNumberish(t)) {
        continue;
      }
      Token label = labelBefore(tokens, i);
      if (label != null) {
        blocked[i] = true;
        blockRun(tokens, i, blocked, label.lower().endsWith("s"));
      }
      if (t.kind() == Token.Kind.NUMBER && isSubClause(tokens, i)) {
        blocked[i] = true;
      }
    }
    blockHyphenChains(tokens, blocked);
  }

  /**
   * Blocks the numbers of the range after the number at i ("12-14", "3 to 5") and, after a plural
   * label, of its list ("3 and 4", "3, 4 and 5"): read alone, "14" would be a count.
   */
  static void blockRun(List<Token> tokens, int i, boolean[] blocked, boolean list) {
    int k = i;
    while (true) {
      int glue = k + 1;
      if (list
          && Refusals.isSymbolAt(tokens, glue, ",")
          && Refusals.isWordAt(tokens, glue + 1, "and")) {
        glue++; // "3, 4, and 5"
      }
      Token g = Refusals.at(tokens, glue);
      Token next = Refusals.at(tokens, glue + 1);
      boolean joined =
          g != null
              && (Refusals.RANGE_GLUE.contains(g.lower()) || list && LIST_GLUE.contains(g.lower()));
      if (!joined || next == null || !Refusals.isNumberish(next)) {
        return;
      }
      blocked[glue + 1] = true;
      k = glue + 1;
    }
  }

  /** The label naming the number at i, or null. */
  private static Token labelBefore(List<Token> tokens, int i) {
    Token prev = Refusals.at(tokens, i - 1);
    if (prev == null) {
      return null;
    }
    if (prev.isSymbol("#\u2116")) {
      return prev; // "#4521", "# 4521"
    }
    if (prev.isSymbol(":")) {
      Token label = Refusals.at(tokens, i - 2);
      return label != null && COLON_LABELS.contains(label.lower()) ? label : null;
    }
    if (prev.isSymbol(".") && Refusals.adjacent(tokens, i - 1)) {
      prev = Refusals.at(tokens, i - 2); // "no. 4521", "ref. 12", "vol. 3"
      return prev != null && Lexicon.LABELS.contains(prev.lower()) ? prev : null;
    }
    if (prev.kind() != Token.Kind.WORD) {
      return null;
    }
    boolean label =
        Lexicon.LABELS.contains(prev.lower())
            || PLURAL_LABELS.contains(prev.lower())
            || RANK_WORDS.contains(prev.text())
            || Quarters.isNumberedQuarter(tokens, i)
            || isLowerCaseRank(tokens, i)
            || isBareDigits(tokens.get(i))
                && (CASE_WORDS.contains(prev.lower()) || isLetterCode(tokens, i - 1));
    return label ? prev : null;
  }

  /**
   * "the top 10", "a top 10 list", "in the top ten": a rank in lower case too, like "Top 10"; not
   * the verb ("referrals could top 10,000", "expected to top 10,000"), which bounds a count.
   */
  private static boolean isLowerCaseRank(List<Token> tokens, int i) {
    Token before = Refusals.at(tokens, i - 2);
    return Refusals.isWordAt(tokens, i - 1, "top")
        && (before == null || !BEFORE_VERB_TOP.contains(before.lower()));
  }

  /**
   * "CRN 12345678", "BA 2490", "NHS 111": two to four capitals before a number name a code or a
   * service; not in a headline in capitals ("MET REVIEWS 9000 CASES"), where the next word is too,
   * nor where the capitals name a place and a count noun follows ("UK 1200 cases", "UK 1200
   * historic cases"). Only a place: "NHS 111 calls" and "CRN 12345678 files" stay codes, whatever
   * noun follows them.
   */
  private static boolean isLetterCode(List<Token> tokens, int w) {
    String s = tokens.get(w).text();
    Token after = Refusals.at(tokens, w + 2);
    return isCapitals(s)
        && s.length() >= 2
        && s.length() <= 4
        && !isCapitalsWord(after)
        && !(PLACES.contains(s) && isCountNounAt(tokens, w + 2));
  }

  /** Abbreviations of places that may stand before a count: "UK 1200 cases". */
  private static final Set<String> PLACES =
      Set.of("UK", "GB", "US", "USA", "EU", "NI", "ROI", "NZ");

  /** A count noun at k, or after one lower-case word there ("historic cases"). */
  private static boolean isCountNounAt(List<Token> tokens, int k) {
    Token t = Refusals.at(tokens, k);
    if (t == null || t.kind() != Token.Kind.WORD || t.isCapitalised()) {
      return false;
    }
    if (COUNT_NOUNS.contains(t.text())) {
      return true;
    }
    Token next = Refusals.at(tokens, k + 1);
    return next != null
        && next.kind() == Token.Kind.WORD
        && !next.newlineBefore()
        && !NounFinder.isStopWord(t.lower())
        && COUNT_NOUNS.contains(next.text());
  }

  private static boolean isCapitalsWord(Token t) {
    return t != null
        && t.kind() == Token.Kind.WORD
        && t.text().length() >= 2
        && isCapitals(t.text());
  }

  private static boolean isCapitals(String s) {
    return s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Digits with no group separator or suffix: a count of thousands is usually written "2,201". */
  private static boolean isBareDigits(Token t) {
    return t.kind() == Token.Kind.NUMBER && t.text().chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** "5(2)": a number in brackets glued to a number before it is a sub-clause or a footnote. */
  private static boolean isSubClause(List<Token> tokens, int i) {
    Token before = Refusals.at(tokens, i - 2);
    return Refusals.isSymbolAt(tokens, i - 1, "(")
        && Refusals.adjacent(tokens, i - 1)
        && Refusals.adjacent(tokens, i)
        && before != null
        && (before.kind() == Token.Kind.NUMBER || before.kind() == Token.Kind.CODE)
        && Refusals.isSymbolAt(tokens, i + 1, ")");
  }

  /** "978-3-16-148410-0": more than two numbers glued by hyphens are an identifier. */
  private static void blockHyphenChains(List<Token> tokens, boolean[] blocked) {
    int i = 0;
    while (i < tokens.size()) {
      if (!isDigitsToken(tokens.get(i))) {
        i++;
        continue;
      }
      int parts = parts(tokens.get(i));
      int k = i;
      while (Refusals.isSymbolAt(tokens, k + 1, "-")
          && Refusals.adjacent(tokens, k + 1)
          && Refusals.adjacent(tokens, k + 2)
          && isDigitsToken(tokens.get(k + 2))) {
        k += 2;
        parts += parts(tokens.get(k));
      }
      if (parts > 2) {
        for (int j = i; j <= k; j += 2) {
          blocked[j] = true;
        }
      }
      i = k + 1;
    }
  }

  private static boolean isDigitsToken(Token t) {
    return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.CODE;
  }

  /** A code such as "978-3-16" holds three numbers. */
  private static int parts(Token t) {
    return t.kind() == Token.Kind.CODE ? t.text().split("[./-]").length : 1;
  }
}
