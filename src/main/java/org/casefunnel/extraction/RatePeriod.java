package org.casefunnel.extraction;

/** The period of a rate such as "every month", "a quarter" or "a year". */
public enum RatePeriod {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
