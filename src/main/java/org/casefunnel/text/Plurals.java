package org.casefunnel.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plural of a unit as a sentence writes it ("cases", "sexual offences", "children",
 * "inquiries"): the pages, charts and notes say what a stage counts in the plural, and a unit is
 * stored in the singular ("case"). Only the last word changes; a unit given in the plural already
 * ("cases") is kept, so nothing reads "casess".
 */
public final class Plurals {

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("child", "children"),
          Map.entry("person", "people"),
          Map.entry("man", "men"),
          Map.entry("woman", "women"),
          Map.entry("foot", "feet"),
          Map.entry("tooth", "teeth"),
          Map.entry("mouse", "mice"),
          Map.entry("life", "lives"),
          Map.entry("wife", "wives"),
          Map.entry("knife", "knives"),
          Map.entry("half", "halves"),
          Map.entry("leaf", "leaves"),
          Map.entry("thief", "thieves"),
          Map.entry("criterion", "criteria"),
          Map.entry("phenomenon", "phenomena"),
          Map.entry("datum", "data"),
          // a noun with its particle after it: the noun takes the plural
          Map.entry("passer-by", "passers-by"),
          Map.entry("hanger-on", "hangers-on"),
          Map.entry("looker-on", "lookers-on"),
          Map.entry("runner-up", "runners-up"));

  // the same in both numbers, or never counted one by one
  private static final Set<String> UNCHANGED =
      Set.of(
          "series",
          "species",
          "sheep",
          "fish",
          "deer",
          "aircraft",
          "police",
          "staff",
          "data",
          "information",
          "evidence",
          "people",
          "children",
          "men",
          "women",
          "personnel");

  private static final Pattern PREPOSITION =
      Pattern.compile("[ -](?:of|in|at|under|with|without|for|from|on|to|awaiting|by)[ -]");

  private static final Pattern JOINED = Pattern.compile(" (?:or|and|and/or) ");

  // words ending in "man" that are not compounds of it
  private static final Set<String> NOT_MAN =
      Set.of("human", "german", "roman", "shaman", "talisman", "caiman", "ottoman", "walkman");

  private Plurals() {}

  public static String plural(String unit) {
    if (unit == null || unit.isBlank()) {
      return unit;
    }
    // "child or young person": each of the nouns joined
    Matcher joined = JOINED.matcher(unit);
    if (joined.find()) {
      return plural(unit.substring(0, joined.start()))
          + joined.group()
          + plural(unit.substring(joined.end()));
    }
    // "member of staff", "child at risk", "mother-in-law": the head noun before the preposition
    Matcher m = PREPOSITION.matcher(unit);
    if (m.find() && m.start() > 0) {
      return plural(unit.substring(0, m.start())) + unit.substring(m.start());
    }
    int space = unit.lastIndexOf(' ') + 1;
    String last = unit.substring(space).toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsValue(last)) {
      return unit; // "passers-by", "children": given in the plural already
    }
    int at = IRREGULAR.containsKey(last) ? space : Math.max(space, unit.lastIndexOf('-') + 1);
    String word = unit.substring(at);
    String plural = pluralWord(word);
    // "CASE" reads "CASES", not "CASEs"
    boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    return unit.substring(0, at) + (capitals ? plural.toUpperCase(Locale.ROOT) : plural);
  }

  /**
   * {@code plural} with the capitals of {@code word}, part by part of a compound ("Passer-By" reads
   * "Passers-By").
   */
  private static String caseOf(String word, String plural) {
    String[] given = word.split("-", -1);
    String[] parts = plural.split("-", -1);
    if (given.length != parts.length) { // no listed compound does this; a whole-word match then
      given = new String[] {word};
      parts = new String[] {plural};
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean capital = !given[i].isEmpty() && Character.isUpperCase(given[i].charAt(0));
      out.append(i > 0 ? "-" : "")
          .append(
              capital && !parts[i].isEmpty()
                  ? Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1)
                  : parts[i]);
    }
    return out.toString();
  }

  private static String pluralWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // a number, a bracket or another script: nothing to pluralise safely
    char last = lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1);
    if (last < 'a' || last > 'z' || UNCHANGED.contains(lower)) {
      return word;
    }
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return caseOf(word, irregular);
    }
    if (lower.endsWith("man") && !NOT_MAN.contains(lower)) {
      return word.substring(0, word.length() - 2) + "en"; // policeman, spokeswoman
    }
    if (lower.endsWith("is") && lower.length() > 3) {
      return word.substring(0, word.length() - 2) + "es"; // analysis, crisis
    }
    if (lower.endsWith("ss")
        || lower.endsWith("us")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return word + "es";
    }
    if (lower.endsWith("s")) {
      return word; // "cases", "referrals": given in the plural already
    }
    if (lower.endsWith("y")
        && lower.length() > 1
        && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies"; // inquiry, family
    }
    return word + "s";
  }
}
