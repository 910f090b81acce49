package org.casefunnel.reconciliation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full calendar dates a sentence states ("1 March 2027", "March 1, 2027", "2027-03-01"). A month or
 * a year alone is not a date: a figure's asOf is never made up from less than the text says.
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

  /** The stated date nearest to char offset {@code near} of {@code sentence}, or null. */
  static Found nearest(String sentence, int near) {
    Found best = null;
    for (Found f : all(sentence)) {
      if (best == null || Math.abs(f.start() - near) < Math.abs(best.start() - near)) {
        best = f;
      }
    }
    return best;
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
