package org.casefunnel.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Reads the subject of a speech verb: the words just before it ("Sir Mark said", "Susan Hall,
 * Conservative group leader, said", "He added") or, inverted, just after it ("said Sir Mark.").
 */
final class SubjectReader {

  private SubjectReader() {}

  static Subject before(String s, int verbStart) {
    int end = skipBack(s, verbStart);
    while (true) {
      Word m = Word.before(s, end);
      if (m == null) {
        break;
      }
      String w = m.text();
      boolean adverb = Character.isLowerCase(w.charAt(0)) && w.endsWith("ly") && w.length() > 4;
      if (!SubjectWords.SKIPPED.contains(w) && !adverb) {
        break;
      }
      end = skipBack(s, m.start());
    }
    String appositive = null;
    if (end > 0 && s.charAt(end - 1) == ',') {
      int open = s.lastIndexOf(',', end - 2);
      if (open > 0) {
        appositive = stripArticle(s.substring(open + 1, end - 1).strip());
        end = skipBack(s, open);
      }
    }
    if (appositive != null && looksLikeName(appositive)) {
      // "The Director of Children's Services, Helen Marsh, said": the name is the appositive.
      int clauseStart = clauseStart(s, end);
      String role = stripArticle(s.substring(clauseStart, end).strip());
      if (PersonRegistry.hasRoleWord(role)) {
        return new Subject(Subject.Kind.NAME, appositive, role, clauseStart, verbStart);
      }
    }
    Subject subject = lastSubject(s, end);
    return subject == null ? null : subject.withRole(appositive);
  }

  /** Inverted attribution, "said Sir Mark." or "according to the commissioner". */
  static Subject after(String s, int verbEnd) {
    int start = verbEnd;
    while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    int end = start;
    int spaces = 0;
    while (end < s.length() && ",.;:!?\"\u201D".indexOf(s.charAt(end)) < 0) {
      char c = s.charAt(end++);
      spaces += c == ' ' ? 1 : 0;
      if (spaces > 6 && !Character.isWhitespace(c)) {
        return null; // more than six words: no need to read the rest of the clause
      }
    }
    String phrase = s.substring(start, end).strip();
    if (phrase.isEmpty() || phrase.split(" ").length > 6) {
      return null; // a clause, not a name: "said the 9,000 cases included..."
    }
    Subject subject = lastSubject(s, start + phrase.length());
    return subject != null && subject.start() == start ? subject : null;
  }

  /** The subject ending at char {@code end}. */
  private static Subject lastSubject(String s, int end) {
    Word m = Word.before(s, end);
    if (m == null) {
      return null;
    }
    String last = m.text();
    String lower = last.toLowerCase(Locale.ROOT);
    if (SubjectWords.PRONOUNS.contains(lower)) {
      return new Subject(Subject.Kind.PRONOUN, lower, null, m.start(), end);
    }
    if (Character.isUpperCase(last.charAt(0))) {
      return capitalised(s, end);
    }
    if (PersonRegistry.ROLE_WORDS.contains(lower)
        || SubjectWords.ORGANISATION_WORDS.contains(lower)) {
      return described(s, m.start(), end, lower);
    }
    if (SubjectWords.GROUPS.contains(lower)) {
      Subject described = described(s, m.start(), end, lower);
      return described != null
          ? described
          : new Subject(Subject.Kind.ORGANISATION, last, null, m.start(), end);
    }
    return null;
  }

  /** "Met Commissioner Sir Mark Rowley", "Susan Hall", "The Mayor", "The Met". */
  private static Subject capitalised(String s, int end) {
    int start = end;
    while (true) {
      Word m = Word.before(s, start);
      if (m == null || !Character.isUpperCase(m.text().charAt(0))) {
        break;
      }
      start = m.start();
      if (start == 0 || s.charAt(start - 1) != ' ') {
        break;
      }
      Word previous = Word.before(s, start - 1);
      if (previous == null || !Character.isUpperCase(previous.text().charAt(0))) {
        break;
      }
      start--; // step onto the space and take the capitalised word before it
    }
    List<String> words = PersonRegistry.words(s.substring(start, end));
    boolean determined = false;
    int skipped = 0;
    while (!words.isEmpty() && SubjectWords.LEADING_NON_NAMES.contains(words.get(0))) {
      determined |= SubjectWords.ARTICLES.contains(words.get(0));
      skipped += words.get(0).length() + 1;
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return null;
    }
    int from = start + skipped;
    int h = PersonRegistry.honorificIndex(words);
    if (h >= 0 && h + 1 < words.size()) {
      String role = PersonRegistry.roleOf(words.subList(0, h));
      return new Subject(Subject.Kind.NAME, join(words.subList(h, words.size())), role, from, end);
    }
    int r = lastRoleWord(words);
    if (r >= 0 && r + 1 < words.size()) {
      String role = join(words.subList(0, r + 1));
      return new Subject(
          Subject.Kind.NAME, join(words.subList(r + 1, words.size())), role, from, end);
    }
    if (r >= 0) {
      String lastWord = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
      Subject.Kind kind =
          SubjectWords.SPOKESPEOPLE.contains(lastWord)
              ? Subject.Kind.ORGANISATION
              : Subject.Kind.ROLE;
      return new Subject(kind, lastWord, join(words), from, end);
    }
    if (determined) {
      return new Subject(Subject.Kind.ORGANISATION, "the " + join(words), null, from, end);
    }
    return new Subject(Subject.Kind.NAME, join(words), null, from, end);
  }

  /** "the commissioner", "a Home Office spokesperson", "the council". */
  private static Subject described(String s, int wordStart, int end, String head) {
    int start = wordStart;
    while (true) {
      int previousEnd = skipBack(s, start);
      Word m = Word.before(s, previousEnd);
      if (previousEnd == start || m == null) {
        return null;
      }
      String w = m.text();
      if (SubjectWords.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) {
        String words = s.substring(start, end);
        int from = m.start();
        if (SubjectWords.SPOKESPEOPLE.contains(head)) {
          return new Subject(Subject.Kind.ORGANISATION, words, null, from, end);
        }
        if (PersonRegistry.ROLE_WORDS.contains(head)) {
          return new Subject(Subject.Kind.ROLE, head, words, from, end);
        }
        return new Subject(Subject.Kind.ORGANISATION, s.substring(from, end), null, from, end);
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null; // no determiner: "cases reported", not an attribution
      }
      start = m.start(); // "a Home Office spokesperson"
    }
  }

  /** Two or three capitalised words with no role among them: "Helen Marsh", "Sir Mark Rowley". */
  private static boolean looksLikeName(String text) {
    List<String> words = List.of(text.split(" "));
    return words.size() >= 2
        && words.size() <= 4
        && words.stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
        && !PersonRegistry.hasRoleWord(text);
  }

  private static int clauseStart(String s, int end) {
    int cut = -1;
    for (char c : new char[] {',', ';', ':', '.', '"', '\u201C'}) {
      cut = Math.max(cut, s.lastIndexOf(c, end - 1));
    }
    return cut + 1;
  }

  private static int lastRoleWord(List<String> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (PersonRegistry.ROLE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static int skipBack(String s, int i) {
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static String stripArticle(String text) {
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (text.regionMatches(true, 0, article, 0, article.length())) {
        return text.substring(article.length());
      }
    }
    return text;
  }

  private static String join(List<String> words) {
    return String.join(" ", words);
  }
}
