package org.casefunnel.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A derived number with its provenance: the value, optional bounds, the {@link Methods method} that
 * produced it and the named inputs, so that a reader can recompute it by hand.
 *
 * <p>{@code value}, {@code low} and {@code high} are nullable: a plain ratio has no bounds, and a
 * ratio over a range that may be zero has no meaningful point value. Bounds are either both present
 * or both absent. Input order is preserved (it is the order in which a reader needs them). {@code
 * pointIsMidpoint}: the value rests on a range's midpoint (an input given only as a range), so it
 * is no figure a source gave and a text states the bounds alone.
 */
public record Derivation(
    Double value,
    Double low,
    Double high,
    String method,
    Map<String, Number> inputs,
    boolean pointIsMidpoint) {

  public Derivation(
      Double value, Double low, Double high, String method, Map<String, Number> inputs) {
    this(value, low, high, method, inputs, false);
  }

  public Derivation {
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("method is required");
    }
    if ((low == null) != (high == null)) {
      throw new IllegalArgumentException("low and high must both be present or both absent");
    }
    requireFinite("value", value);
    requireFinite("low", low);
    requireFinite("high", high);
    if (low != null && low > high) {
      throw new IllegalArgumentException("low > high: [" + low + ", " + high + "]");
    }
    if (value != null && low != null && (value < low || value > high)) {
      throw new IllegalArgumentException("value " + value + " outside [" + low + ", " + high + "]");
    }
    if (inputs == null) {
      throw new IllegalArgumentException("inputs are required (may be empty)");
    }
    inputs.forEach(
        (name, number) -> {
          if (name == null || number == null) {
            throw new IllegalArgumentException("input names and values must not be null");
          }
        });
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    // no value, nothing resting on a midpoint
    pointIsMidpoint = pointIsMidpoint && value != null;
  }

  /** This derivation, its value marked as resting on a range's midpoint when {@code midpoint}. */
  public Derivation midpointIf(boolean midpoint) {
    return midpoint == pointIsMidpoint
        ? this
        : new Derivation(value, low, high, method, inputs, midpoint);
  }

  /** A value without bounds. */
  public static Derivation point(double value, String method, Map<String, Number> inputs) {
    return new Derivation(value, null, null, method, inputs);
  }

  /** A value with bounds. */
  public static Derivation bounded(
      double value, Interval bounds, String method, Map<String, Number> inputs) {
    return new Derivation(value, bounds.low(), bounds.high(), method, inputs);
  }

  /**
   * A bounded derivation (a sum) as the input of further arithmetic, its midpoint mark kept; it
   * must have a value and bounds.
   */
  public Estimate asEstimate() {
    if (value == null || low == null) {
      throw new IllegalStateException("an estimate needs a value and bounds: " + this);
    }
    return new Estimate(value, Interval.of(low, high), pointIsMidpoint);
  }

  /** The bounds as an interval, if there are any. */
  public Optional<Interval> bounds() {
    return low == null ? Optional.empty() : Optional.of(Interval.of(low, high));
  }

  private static void requireFinite(String name, Double number) {
    if (number != null && !Double.isFinite(number)) {
      throw new IllegalArgumentException(name + " must be finite: " + number);
    }
  }
}
