package org.casefunnel.extraction;

/** The period of a rate such as "every month" or "a year". */
public enum RatePeriod {
  DAY,
  WEEK,
  MONTH,
  YEAR
}
