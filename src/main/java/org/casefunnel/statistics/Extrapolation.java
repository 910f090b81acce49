package org.casefunnel.statistics;

/**
 * Result of {@link Extrapolations#of}: how many of a {@code population} are in scope, judged from
 * {@code inScope} of a {@code sample} reviewed. Two answers with different footing:
 *
 * @param logical what the counts prove with no assumption, {@code [x, N - (n - x)]}
 * @param estimate point estimate {@code N·x/n} (at the population's point value); meaningful only
 *     if the sample was drawn at random
 * @param sampling the exact hypergeometric interval at {@code confidence}; valid only if the sample
 *     was drawn at random, and always inside {@code logical}
 * @param population {@code N}; exact, or a range when the population itself is approximate
 * @param sample {@code n}, the number reviewed
 * @param inScope {@code x}, the number found in scope among those reviewed
 * @param confidence e.g. 0.95
 */
public record Extrapolation(
    Interval logical,
    double estimate,
    Interval sampling,
    Estimate population,
    long sample,
    long inScope,
    double confidence) {

  public Extrapolation {
    if (logical == null || sampling == null || population == null) {
      throw new IllegalArgumentException("logical, sampling and population are required");
    }
    if (!logical.contains(sampling)) {
      throw new IllegalArgumentException(
          "sampling interval " + sampling + " outside the logical bounds " + logical);
    }
    if (!sampling.contains(estimate)) {
      throw new IllegalArgumentException("estimate " + estimate + " outside " + sampling);
    }
  }

  /**
   * The sampling interval as it is stated and compared with: as computed over an exact population;
   * over a population read as a range, its ends to two significant digits, rounded outward within
   * the logical bounds, as the reading is a convention and no source gave its unit digits.
   */
  public Interval statedSampling() {
    return stated(sampling, samplingMethod(), logical);
  }

  /**
   * An estimate's interval as stated, by the method it carries (so a chart draws what the text
   * states from the view alone): over a population read as a range, rounded outward within the
   * logical bounds; otherwise as computed.
   */
  public static Interval stated(Interval interval, String method, Interval logical) {
    return Methods.HYPERGEOMETRIC_OVER_RANGE.equals(method)
        ? interval.roundedOutward(2, logical)
        : interval;
  }

  private String samplingMethod() {
    return population.isExact() ? Methods.EXACT_HYPERGEOMETRIC : Methods.HYPERGEOMETRIC_OVER_RANGE;
  }

  /** The assumption-free bounds as a derivation: no point value, method logical_bounds. */
  public Derivation logicalDerivation() {
    return new Derivation(
        null, logical.low(), logical.high(), Methods.LOGICAL_BOUNDS, inputs(false).build());
  }

  /** Every case of an exactly known population was reviewed: a census, not a sample. */
  public boolean complete() {
    return population.isExact() && sample == population.value();
  }

  /**
   * The estimate as stated: a census as its exact count (method complete_count, no confidence, as
   * nothing was sampled), otherwise the random-sample estimate with its exact interval.
   */
  public Derivation estimateDerivation() {
    if (complete()) {
      return Derivation.bounded(
          inScope, Interval.point(inScope), Methods.COMPLETE_COUNT, inputs(false).build());
    }
    return samplingDerivation();
  }

  /**
   * The random-sample estimate with its interval: method exact_hypergeometric for an exactly known
   * population, hypergeometric_over_range for an approximate one (a union of exact intervals is not
   * itself exact, and a label must not claim more than the text does).
   */
  public Derivation samplingDerivation() {
    String method = samplingMethod();
    // at a range's midpoint the point estimate is no more than an illustration, unless none
    // was found (0 whatever the population)
    return Derivation.bounded(estimate, sampling, method, inputs(true).build())
        .midpointIf(population.midpoint() && inScope > 0);
  }

  private Inputs inputs(boolean withConfidence) {
    Inputs inputs =
        Inputs.builder()
            .put("population", population)
            .put("sample", sample)
            .put("in_scope", inScope);
    return withConfidence ? inputs.put("confidence", confidence) : inputs;
  }
}
