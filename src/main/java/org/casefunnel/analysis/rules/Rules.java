package org.casefunnel.analysis.rules;

import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.Numbers;
import org.casefunnel.model.FigureStatus;

/** Shared wording for warning messages. */
final class Rules {

  private Rules() {}

  static String value(FunnelSnapshot.FigureSnapshot f) {
    Long single = f.single();
    String n = single != null ? count(single) : count(f.low()) + " to " + count(f.high());
    return (f.approximate() && single != null ? "about " : "") + n;
  }

  /** The value with the period of a rate: "300 per week", as the notes say a rate. */
  static String rate(FunnelSnapshot.FigureSnapshot f) {
    return value(f) + Numbers.per(f.period());
  }

  /** The figure as read: "1,150 to 1,250" for "about 1,200", "2,000 to 3,000" for a range. */
  static String reading(FunnelSnapshot.FigureSnapshot f) {
    return Numbers.range(f.lowerBound(), f.upperBound());
  }

  /** The figure and, when "about", how it is read: "about 1,200, read as 1,150 to 1,250". */
  static String valueAsRead(FunnelSnapshot.FigureSnapshot f) {
    return f.single() != null && f.approximate() ? value(f) + ", read as " + reading(f) : value(f);
  }

  /**
   * A figure that states what was counted (reported or provisional), so its date cannot lie after
   * the day it was stated; a projected or estimated figure may look ahead.
   */
  static boolean statesThePast(FunnelSnapshot.FigureSnapshot f) {
    return f.status() == FigureStatus.REPORTED || f.status() == FigureStatus.PROVISIONAL;
  }

  /** The figure's status as on the wire: "reported". */
  static String status(FunnelSnapshot.FigureSnapshot f) {
    return f.status() == null ? "given" : f.status().wire();
  }

  /** How the date rules name a figure and its date: "The figure of 'k' is reported as of D". */
  static String figureAsOf(String key, FunnelSnapshot.FigureSnapshot f) {
    return "The figure of '" + key + "' is " + status(f) + " as of " + f.asOf();
  }

  static String range(long low, long high) {
    return Numbers.range(low, high);
  }

  static String count(long n) {
    return Numbers.count(n);
  }
}
