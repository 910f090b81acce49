package org.casefunnel.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people a text names, most recently mentioned last, so short forms and roles resolve. */
final class PersonRegistry {

  static final Set<String> ROLE_WORDS =
      Set.of(
          "commissioner",
          "mayor",
          "minister",
          "secretary",
          "chair",
          "chairman",
          "chairwoman",
          "leader",
          "chief",
          "constable",
          "officer",
          "director",
          "inspector",
          "superintendent",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "president",
          "chancellor",
          "mp",
          "commander",
          "head",
          "executive",
          "deputy",
          "member",
          "detective",
          "sergeant",
          "clerk",
          "prosecutor",
          "judge",
          "coroner",
          "councillor",
          "solicitor-general",
          "attorney",
          "governor",
          "founder",
          "organiser");

  /**
   * People remembered per text, most recent first kept: a long text naming thousands of people
   * would otherwise make every mention compare itself with all of them.
   */
  static final int MAX_PEOPLE = 100;

  private static final int MAX_NAME_WORDS_AFTER_HONORIFIC = 2;

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  private static final Pattern ROLE_IN_BRACKETS = Pattern.compile(" \\(([^()]{1,60})\\)");

  private final List<Person> people = new ArrayList<>();

  /** Registers every titled name in a sentence: "Met Commissioner Sir Mark Rowley". */
  void registerMentions(String sentence) {
    int from = 0;
    while (from < sentence.length()) {
      int c = sentence.codePointAt(from);
      if (Character.getType(c) != Character.UPPERCASE_LETTER) {
        from += Character.charCount(c);
        continue;
      }
      int end = capitalisedRunEnd(sentence, from);
      List<String> words = words(sentence.substring(from, end));
      int h = honorificIndex(words);
      if (h >= 0 && h + 1 < words.size()) {
        int last = Math.min(words.size(), h + 1 + MAX_NAME_WORDS_AFTER_HONORIFIC);
        String role = roleOf(words.subList(0, h));
        if (role == null) {
          role = roleAround(sentence, from, end);
        }
        resolve(String.join(" ", words.subList(h, last)), role);
      }
      from = end;
    }
  }

  /**
   * The end of the run of capitalised words starting at {@code from} ("Met Commissioner Sir Mark
   * Rowley"): words of letters, apostrophes, dots and hyphens, joined by single spaces, each
   * starting with an uppercase letter. A scan, not a regex: Java repeats a regex group by
   * recursion, so a long run of capitalised words would overflow the stack.
   */
  private static int capitalisedRunEnd(String s, int from) {
    int end = wordEnd(s, from + Character.charCount(s.codePointAt(from)));
    while (end + 1 < s.length()
        && s.charAt(end) == ' '
        && Character.getType(s.codePointAt(end + 1)) == Character.UPPERCASE_LETTER) {
      end = wordEnd(s, end + 1 + Character.charCount(s.codePointAt(end + 1)));
    }
    return end;
  }

  private static int wordEnd(String s, int i) {
    while (i < s.length() && Word.isWordChar(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  /**
   * A role written beside a name: "Cllr Amina Patel (Chair)" or "the Minister for Policing, Lord
   * Chadwick".
   */
  private static String roleAround(String sentence, int nameStart, int nameEnd) {
    Matcher after = ROLE_IN_BRACKETS.matcher(sentence).region(nameEnd, sentence.length());
    if (after.lookingAt() && hasRoleWord(after.group(1))) {
      return after.group(1);
    }
    if (!sentence.startsWith(", ", nameStart - 2)) {
      return null;
    }
    String before = sentence.substring(0, nameStart);
    String clause = before.substring(0, before.length() - 2);
    int cut =
        Math.max(
            clause.lastIndexOf(','), Math.max(clause.lastIndexOf('('), clause.lastIndexOf(')')));
    List<String> words = List.of(clause.substring(cut + 1).strip().split(" "));
    for (int i = 0; i < words.size(); i++) {
      if (ROLE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        return String.join(" ", words.subList(i, words.size())); // "Minister for Policing"
      }
    }
    return null;
  }

  static boolean hasRoleWord(String text) {
    for (String w : text.split("[ ,]+")) {
      if (ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The person a written name means, registering them if new; alias says it was a short form. */
  Resolved resolve(String written, String role) {
    for (int i = people.size() - 1; i >= 0; i--) {
      Person p = people.get(i);
      if (p.answersTo(written)) {
        boolean alias = !written.equals(p.name()) && !written.startsWith(p.name() + " ");
        p.learnName(written);
        p.learnRole(role);
        touch(p);
        return new Resolved(p, alias);
      }
    }
    Person p = new Person(written, role);
    people.add(p);
    if (people.size() > MAX_PEOPLE) {
      people.remove(0); // the least recently mentioned
    }
    return new Resolved(p, false);
  }

  /** Whether anyone registered answers to this written name, without registering it. */
  boolean knows(String written) {
    return people.stream().anyMatch(p -> p.answersTo(written));
  }

  /** The most recently mentioned person whose role includes the word ("commissioner"). */
  Person byRole(String roleWord) {
    String wanted = roleWord.toLowerCase(Locale.ROOT);
    for (int i = people.size() - 1; i >= 0; i--) {
      String role = people.get(i).role();
      if (role != null && words(role.toLowerCase(Locale.ROOT)).contains(wanted)) {
        return people.get(i);
      }
    }
    return null;
  }

  record Resolved(Person person, boolean alias) {}

  static List<String> words(String run) {
    List<String> out = new ArrayList<>();
    for (String w : run.split(" ")) {
      String clean = w;
      if (clean.endsWith("'s") || clean.endsWith("\u2019s")) {
        clean = clean.substring(0, clean.length() - 2); // "Rowley's"
      }
      if (clean.endsWith(".")) {
        clean = clean.substring(0, clean.length() - 1);
      }
      if (!clean.isEmpty()) {
        out.add(clean);
      }
    }
    return out;
  }

  static int honorificIndex(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (Person.HONORIFICS.contains(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The role words before a name, if they contain a role: "Met Commissioner", "London Mayor". */
  static String roleOf(List<String> words) {
    boolean hasRole = words.stream().anyMatch(w -> ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    if (!hasRole) {
      return null;
    }
    List<String> kept = new ArrayList<>(words);
    kept.removeIf(ARTICLES::contains);
    return String.join(" ", kept);
  }

  private void touch(Person p) {
    people.remove(p);
    people.add(p);
  }
}
