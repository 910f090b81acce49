package org.casefunnel.analysis;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage's value as an interval with a point value, and how the point was chosen. */
@Schema(
    name = "StageValue",
    description =
        "A figure's value as an interval [low, high] with a point value: the count itself, or a"
            + " range's midpoint (pointIsMidpoint true).")
public record ValueView(
    @Schema(description = "Lower bound (the count for a count).", examples = "2000") long low,
    @Schema(description = "Upper bound (the count for a count).", examples = "3000") long high,
    @Schema(description = "Point value.", examples = "2500") double point,
    @Schema(description = "True when point is a range's midpoint, not a reported number.")
        boolean pointIsMidpoint,
    @Schema(description = "True when the source gives the number as approximate or as a range.")
        boolean approximate,
    @Schema(description = "How point was obtained: as_reported or midpoint.", examples = "midpoint")
        String method,
    @Schema(description = "The reported numbers point was obtained from.")
        Map<String, Number> inputs) {}
