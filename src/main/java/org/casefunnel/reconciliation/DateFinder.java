package org.casefunnel.reconciliation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full calendar dates a sentence states ("1 March 2027", "March 1, 2027", "2027-03-01"). A month or
 * a year alone is not a date: a figure's asOf is never made up from less than the text says. Nor is
 * a date that the words just before it tie to something else than when a count holds: the start of
 * a period ("since 1 January 2020", "from", "after"), or another event ("launched its review on",
 * "will report again on", "said on", the day a statement was made, not what its count holds as of).
 */
final class DateFinder {

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** A date found, with the words that state it. */
  record Found(LocalDate date, String wording, int start) {}

  private DateFinder() {}

  /** Words that tie the date after them to a start or to another event than a count. */
  private static final Set<String> NOT_AS_OF =
      Set.of(
          "since",
          "from",
          "after",
          "between",
          "beginning",
          "starting",
          "started",
          "began",
          "begun",
          "launched",
          "opened",
          "first",
          "report",
          "reports",
          "publish",
          "publishes",
          "will",
          "next",
          "said",
          "says",
          "told",
          "announced",
          "meet",
          "meets",
          "meeting",
          "hearing");

  /** At most this many words before a date are read for what it is tied to. */
  private static final int LEAD_WORDS = 4;

  /**
   * The stated date nearest to char offset {@code near} of {@code sentence} that can be when its
   * count holds, or null.
   */
  static Found nearest(String sentence, int near) {
    Found best = null;
    for (Found f : all(sentence)) {
      if (tiedElsewhere(sentence, f.start())) {
        continue;
      }
      if (best == null || Math.abs(f.start() - near) < Math.abs(best.start() - near)) {
        best = f;
      }
    }
    return best;
  }

  /** Whether the words just before the date, within its clause, tie it to a start or an event. */
  static boolean tiedElsewhere(String sentence, int dateStart) {
    String before = sentence.substring(0, dateStart);
    int clause =
        Math.max(
            before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('(')));
    String[] words = before.substring(clause + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = Math.max(0, words.length - LEAD_WORDS); i < words.length; i++) {
      if (NOT_AS_OF.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  static List<Found> all(String sentence) {
    List<Found> out = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(sentence);
    while (m.find()) {
      add(out, m.group(3), month(m.group(2)), m.group(1), m);
    }
    m = MONTH_DAY_YEAR.matcher(sentence);
    while (m.find()) {
      add(out, m.group(3), month(m.group(1)), m.group(2), m);
    }
    m = ISO.matcher(sentence);
    while (m.find()) {
      add(out, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m);
    }
    return out;
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }

  private static void add(List<Found> out, String year, int month, String day, Matcher m) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      out.add(new Found(d, m.group(), m.start()));
    } catch (DateTimeException e) {
      // "31 February 2027" states no date
    }
  }
}
