package org.casefunnel.analysis.rules;

import java.util.Locale;
import org.casefunnel.model.Figure;

/** Shared wording for warning messages. */
final class Rules {

  private Rules() {}

  static String value(Figure f) {
    String n = f.count != null ? count(f.count) : count(f.low) + " to " + count(f.high);
    return (f.approximate && f.count != null ? "about " : "") + n;
  }

  static double point(Figure f) {
    return f.count != null ? f.count : f.low / 2.0 + f.high / 2.0;
  }

  static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
