package org.casefunnel.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure split along one dimension, as written in documents and requests and shown back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Breakdown",
    description =
        "The figure split along one dimension (e.g. offence type) into parts. The parts are"
            + " checked against the whole by the statistics, which warn when they cannot add up;"
            + " they are stored as given.")
public record BreakdownSpec(
    @Schema(description = "What the figure is split by.", examples = "offence type")
        @NotBlank
        @Size(max = 100)
        String dimension,
    @Schema(description = "The parts, each a category with its count or range; at least one.")
        @NotNull
        @Size(min = 1, max = 100, message = "must have between 1 and 100 parts")
        List<@NotNull @Valid Part> parts) {

  /** One category: give either count (optionally approximate) or low and high. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(
      name = "BreakdownPart",
      description = "One category of a breakdown: either count or low and high.")
  public record Part(
      @Schema(
              description =
                  "The category; distinct within the breakdown as a reader sees it: categories"
                      + " that differ only in case, Unicode composition or width are one.",
              examples = "online")
          @NotBlank
          @Size(max = 200)
          String category,
      @Schema(description = "The count, when the part is a single number.", nullable = true)
          @PositiveOrZero
          @Max(Figure.MAX_COUNT)
          Long count,
      @Schema(description = "Lower end of a range.", nullable = true)
          @PositiveOrZero
          @Max(Figure.MAX_COUNT)
          Long low,
      @Schema(description = "Upper end of a range.", nullable = true)
          @PositiveOrZero
          @Max(Figure.MAX_COUNT)
          Long high,
      @Schema(
              description = "True when the source gives the number as approximate.",
              nullable = true)
          Boolean approximate) {

    public boolean isApproximate() {
      return Boolean.TRUE.equals(approximate);
    }

    static Part of(BreakdownPart p) {
      return new Part(p.category, p.count, p.low, p.high, p.approximate ? Boolean.TRUE : null);
    }
  }

  /** The breakdown of a stored figure, or null when it has none. */
  public static BreakdownSpec of(Figure f) {
    if (f.breakdownDimension == null) {
      return null;
    }
    return new BreakdownSpec(
        f.breakdownDimension, f.breakdownParts.stream().map(Part::of).toList());
  }
}
