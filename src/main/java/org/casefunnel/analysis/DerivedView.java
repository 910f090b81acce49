package org.casefunnel.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.casefunnel.statistics.Derivation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A derived number on the wire: value, bounds, method and the inputs to recompute it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "DerivedNumber",
    description =
        "A number the service computed, with the method and the named inputs it used, so a"
            + " reader can recompute it. Proportions are fractions (0.5455 is 54.55%).")
public record DerivedView(
    @Schema(
            description =
                "The point value; absent when no point value exists (e.g. 0 base). With method"
                    + " interval_arithmetic, sum or difference it is computed from the inputs'"
                    + " points, where a range's point is its midpoint (inputs name, name.low,"
                    + " name.high), so it is no figure a source gave: show low to high, as text"
                    + " does, where an input is a range.",
            examples = "0.5454545454545454",
            nullable = true)
        Double value,
    @Schema(
            description = "Lower bound; absent for a ratio of counts, which has no width.",
            examples = "1200",
            nullable = true)
        Double low,
    @Schema(description = "Upper bound.", examples = "8000", nullable = true) Double high,
    @Schema(
            description =
                "How it was computed: ratio, interval_arithmetic, logical_bounds,"
                    + " exact_hypergeometric, hypergeometric_over_range, complete_count,"
                    + " difference, sum, midpoint, approximate_reading, as_reported.",
            examples = "ratio")
        String method,
    @Schema(
            description =
                "The figures and constants used, by name (e.g. x, n, z). A range input appears"
                    + " as name, name.low and name.high.")
        Map<String, Number> inputs,
    @Schema(
            description = "The number in words, with its method's meaning.",
            examples = "54.55%",
            nullable = true)
        String text,
    @Schema(
            description =
                "True when value rests on the midpoint of an input given only as a range (\"300"
                    + " to 400\" read as 350), so no source gave it: show low to high, as text"
                    + " then does.")
        boolean pointIsMidpoint) {

  static DerivedView of(Derivation d, String text) {
    return new DerivedView(
        d.value(), d.low(), d.high(), d.method(), d.inputs(), text, d.pointIsMidpoint());
  }
}
