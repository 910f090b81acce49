package org.casefunnel.extraction;

/** How a quantity's interval relates to what the text states. */
public enum BoundKind {
  /** A plain figure: "9,000", "two thousand", "25%". */
  EXACT,
  /** A hedged point: "around 2,000", "nearly 500", "maybe 40", "2,000 or so". */
  APPROXIMATE,
  /** A lower bound: "more than 9,000", "at least one", "two or more". High is open. */
  AT_LEAST,
  /** An upper bound: "up to 500", "fewer than 20", "50 or fewer". Low is zero. */
  AT_MOST,
  /** Two stated ends: "between 900 and 1,400", "2,000 or 3,000", "2,000-3,000". */
  RANGE,
  /** An idiom of magnitude with conventional ends: "tens of", "hundreds of", "most of". */
  VAGUE
}
