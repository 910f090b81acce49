package org.casefunnel.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro-benchmarks of the statistics core, run only with the {@code jmh} profile (see the README's
 * Performance section). Inputs are read from fields so the JIT cannot fold the maths into
 * constants; results are returned so it cannot drop it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatisticsBenchmark {

  /** The seed funnel's review (1,200 of 2,200 of 9,000) and a small sample. */
  @Param({"9000:2200:1200", "40:12:3"})
  public String funnel;

  private long population;
  private long sample;
  private long inScope;
  private Estimate approximatePopulation;
  private Estimate reviewed;
  private Estimate projected;
  private Map<String, Estimate> parts;

  @Setup
  public void setUp() {
    String[] p = funnel.split(":");
    population = Long.parseLong(p[0]);
    sample = Long.parseLong(p[1]);
    inScope = Long.parseLong(p[2]);
    approximatePopulation = Estimate.of(population, population * 0.9, population * 1.1);
    reviewed = Estimate.exact(sample);
    projected = Estimate.ofRange(inScope, inScope * 2.5);
    parts = new LinkedHashMap<>();
    parts.put("group-based", Estimate.exact(inScope * 0.4));
    parts.put("intra-familial", Estimate.ofRange(inScope * 0.2, inScope * 0.3));
    parts.put("institutional", Estimate.exact(inScope * 0.1));
    parts.put("online", Estimate.ofRange(inScope * 0.1, inScope * 0.2));
  }

  @Benchmark
  public Derivation ratio() {
    return Proportions.ratio(inScope, sample);
  }

  @Benchmark
  public Derivation subsetRatio() {
    return Proportions.subsetRatio(projected, reviewed);
  }

  @Benchmark
  public Extrapolation exactExtrapolation() {
    return Extrapolations.of(population, sample, inScope, Proportions.CONFIDENCE);
  }

  @Benchmark
  public Extrapolation exactExtrapolationOfApproximatePopulation() {
    return Extrapolations.of(approximatePopulation, sample, inScope, Proportions.CONFIDENCE);
  }

  @Benchmark
  public Derivation intervalSum() {
    return IntervalArithmetic.sum(parts);
  }

  @Benchmark
  public Derivation dropOff() {
    return IntervalArithmetic.dropOff(reviewed, projected);
  }
}
