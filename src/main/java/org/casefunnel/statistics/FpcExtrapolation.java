package org.casefunnel.statistics;

/**
 * Result of {@link Extrapolations#fpc}: how many of the {@code population} are in scope, judged
 * from {@code inScope} of a {@code sample} reviewed, with a confidence interval.
 *
 * @param estimate point estimate {@code N·x/n} (at the population's point value)
 * @param low lower bound, never below {@code inScope}
 * @param high upper bound, never above {@code N - (n - x)}
 * @param population {@code N}; exact, or a range when the population itself is approximate
 * @param sample {@code n}, the number reviewed
 * @param inScope {@code x}, the number found in scope among those reviewed
 * @param z normal quantile used for the interval
 */
public record FpcExtrapolation(
    double estimate,
    double low,
    double high,
    Estimate population,
    long sample,
    long inScope,
    double z) {

  public FpcExtrapolation {
    if (population == null) {
      throw new IllegalArgumentException("population is required");
    }
    if (!(low <= estimate && estimate <= high)) {
      throw new IllegalArgumentException(
          "estimate " + estimate + " outside [" + low + ", " + high + "]");
    }
  }

  public String method() {
    return Methods.FPC_EXTRAPOLATION;
  }

  public Interval interval() {
    return Interval.of(low, high);
  }

  /** The generic provenance form, with inputs named as in the formula's documentation. */
  public Derivation toDerivation() {
    return Derivation.bounded(
        estimate,
        interval(),
        method(),
        Inputs.builder()
            .put("population", population)
            .put("sample", sample)
            .put("in_scope", inScope)
            .put("z", z)
            .build());
  }
}
