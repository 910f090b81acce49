package org.casefunnel.series;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The from and to query parameters of the series, declared once for JSON, CSV and SVG. */
public class SeriesDates {

  @QueryParam("from")
  @Parameter(
      name = "from",
      description = "Only dates on or after this one (YYYY-MM-DD).",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String from;

  @QueryParam("to")
  @Parameter(
      name = "to",
      description = "Only dates on or before this one (YYYY-MM-DD).",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String to;

  LocalDate from() {
    return Params.date("from", from);
  }

  /** The to date, or null; an invalid-parameter problem when it lies before from. */
  LocalDate to() {
    LocalDate end = Params.date("to", to);
    LocalDate start = from();
    if (start != null && end != null && end.isBefore(start)) {
      throw ProblemException.badParameter(
          "to", "must be on or after from (" + start + "), not '" + to + "'");
    }
    return end;
  }
}
