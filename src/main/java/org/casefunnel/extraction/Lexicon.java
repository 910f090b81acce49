package org.casefunnel.extraction;

import java.util.Map;
import java.util.Set;

/** Word lists shared by the parser and the noun finder. */
final class Lexicon {

  private Lexicon() {}

  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /**
   * Scale words after a number: "1.2 million", "two thousand", "a dozen". Scales beyond what a
   * figure holds are known too, so that "20 trillion" reads as too large, never as 20.
   */
  static final Map<String, Long> SCALES =
      Map.of(
          "dozen", 12L,
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "billion", 1_000_000_000L,
          "trillion", 1_000_000_000_000L,
          "quadrillion", 1_000_000_000_000_000L);

  /** Suffixes glued to digits in headlines and tables: "2.5m", "5k", "3bn", "1.2tn". */
  static final Map<String, Long> DIGIT_SUFFIXES =
      Map.of("", 1L, "k", 1_000L, "m", 1_000_000L, "bn", 1_000_000_000L, "tn", 1_000_000_000_000L);

  /** Denominators of fraction words: "a third", "two thirds", "three quarters". */
  static final Map<String, Integer> FRACTIONS =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10));

  static final Set<String> MONTHS =
      Set.of(
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
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words before a number that make it a label, not a count: "section 5", "page 12". */
  static final Set<String> LABELS =
      Set.of(
          "section",
          "sections",
          "article",
          "articles",
          "page",
          "pages",
          "paragraph",
          "para",
          "paras",
          "chapter",
          "clause",
          "schedule",
          "item",
          "no",
          "nos",
          "number",
          "question",
          "rule",
          "part",
          "annex",
          "appendix",
          "figure",
          "table",
          "room",
          "line",
          "version",
          "phase",
          "stage",
          "tier",
          "level",
          "step",
          "category",
          "grade",
          "class",
          "volume",
          "vol",
          "issue",
          "ward",
          "flat",
          "unit",
          "platform",
          "route",
          "junction",
          "term",
          "series",
          "season",
          "episode",
          "operation",
          "recommendation",
          "option",
          "box",
          "code",
          "ref",
          "reference",
          "id",
          "uin",
          "agenda",
          "minute",
          "minutes",
          "motion",
          "amendment",
          "act");

  static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

  /** Words before a four-digit number that make it a year whatever follows: "since 2014". */
  static final Set<String> STRONG_YEAR_WORDS =
      Set.of(
          "in", "since", "until", "till", "during", "circa", "year", "years", "early", "late",
          "mid", "end", "spring", "summer", "autumn", "winter", "by", "fy", "q1", "q2", "q3", "q4");

  /** Words before a four-digit number that make it a year unless a noun follows. */
  static final Set<String> WEAK_YEAR_WORDS =
      Set.of(
          "from",
          "before",
          "after",
          "of",
          "between",
          "to",
          "and",
          "the",
          "through",
          "throughout",
          "for",
          "than",
          "or");

  static final Set<String> TIME_WORDS = Set.of("am", "pm", "o'clock", "gmt", "bst", "hrs", "utc");

  static final Map<String, RatePeriod> PERIODS =
      Map.of(
          "day", RatePeriod.DAY,
          "week", RatePeriod.WEEK,
          "month", RatePeriod.MONTH,
          "quarter", RatePeriod.QUARTER,
          "year", RatePeriod.YEAR,
          "annum", RatePeriod.YEAR);

  static final Map<String, RatePeriod> PERIOD_ADVERBS =
      Map.of(
          "daily", RatePeriod.DAY,
          "weekly", RatePeriod.WEEK,
          "monthly", RatePeriod.MONTH,
          "quarterly", RatePeriod.QUARTER,
          "annually", RatePeriod.YEAR,
          "yearly", RatePeriod.YEAR);

  /** Words after "a year" etc. that make it a point in time, not a rate: "a year ago". */
  static final Set<String> NOT_RATE_AFTER =
      Set.of("ago", "earlier", "later", "before", "after", "since", "on", "from", "previously");

  /** Words that start a new clause; a rate or a noun never reaches past them. */
  static final Set<String> CLAUSE_WORDS =
      Set.of(
          "and",
          "but",
          "or",
          "which",
          "that",
          "who",
          "whom",
          "whose",
          "while",
          "whereas",
          "because",
          "although",
          "though",
          "when",
          "where",
          "if",
          "so");

  /** Change verbs: "rose from 2,000 to 3,000" is two figures, not a range. */
  static final Set<String> CHANGE_VERBS =
      Set.of(
          "rose",
          "risen",
          "rising",
          "rise",
          "rises",
          "fell",
          "fallen",
          "falling",
          "fall",
          "falls",
          "increased",
          "increase",
          "increases",
          "increasing",
          "decreased",
          "decrease",
          "decreasing",
          "grew",
          "grown",
          "growing",
          "dropped",
          "drop",
          "dropping",
          "climbed",
          "climbing",
          "went",
          "gone",
          "up",
          "down",
          "cut",
          "reduced",
          "jumped",
          "doubled",
          "halved",
          "soared",
          "plunged",
          "declined",
          "moved",
          "changed");
}
