package org.casefunnel.common.web;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The asOf query parameter of every read that can look back in time, declared once. */
public class AsOf {

  @QueryParam("asOf")
  @Parameter(
      name = "asOf",
      description =
          "Use the figures current at this date (YYYY-MM-DD) instead of now: per stage, the"
              + " figure dated on or before it; a stage with none keeps its undated figure, which"
              + " stays undated (asOf null, with a note).",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String raw;

  /** The date, or null for now; a malformed one is an invalid-parameter problem. */
  public LocalDate date() {
    return Params.date("asOf", raw);
  }
}
