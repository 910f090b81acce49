package org.casefunnel.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the ordered, named input map of a {@link Derivation}. */
final class Inputs {

  private final Map<String, Number> values = new LinkedHashMap<>();

  static Inputs builder() {
    return new Inputs();
  }

  Inputs put(String name, Number value) {
    values.put(name, value);
    return this;
  }

  /**
   * An exact estimate is recorded under its name alone; an approximate one as {@code name} (point
   * value), {@code name.low} and {@code name.high}, so the reader sees which bound went where.
   */
  Inputs put(String name, Estimate estimate) {
    values.put(name, number(estimate.value()));
    if (!estimate.isExact()) {
      values.put(name + ".low", number(estimate.low()));
      values.put(name + ".high", number(estimate.high()));
    }
    return this;
  }

  /** Whole numbers are kept as longs so that counts read as counts (9000, not 9000.0). */
  static Number number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      return (long) value;
    }
    return value;
  }

  Map<String, Number> build() {
    return values;
  }
}
