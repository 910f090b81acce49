package org.casefunnel.figure;

import java.time.LocalDate;
import java.util.List;
import org.casefunnel.model.Source;
import org.casefunnel.statement.StatementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a figure comes from: its statements, each with its source and the quote's position. */
@Schema(
    name = "FigureProvenance",
    description = "A figure with the statements it rests on and their sources.")
public record FigureProvenance(
    @Schema(description = "The figure.") FigureView figure,
    @Schema(description = "Each statement the figure rests on, with its source.")
        List<Evidence> evidence) {

  @Schema(name = "Evidence", description = "A statement and the source it stands in.")
  public record Evidence(
      @Schema(description = "The statement, with the quote's position in the source text.")
          StatementView statement,
      @Schema(description = "The source.") SourceRef source) {}

  @Schema(name = "SourceRef", description = "The source of a statement, without its full text.")
  public record SourceRef(
      @Schema(description = "Server id of the source.") long id,
      @Schema(description = "Id of the source within its funnel.") String key,
      @Schema(description = "Title.") String title,
      @Schema(description = "Publisher.", nullable = true) String publisher,
      @Schema(description = "URL.", nullable = true) String url,
      @Schema(description = "Publication date; null when unknown.", nullable = true)
          LocalDate publishedOn,
      @Schema(description = "Retrieval date; null when unknown.", nullable = true)
          LocalDate retrievedOn) {

    public static SourceRef of(Source s) {
      return new SourceRef(s.id, s.key, s.title, s.publisher, s.url, s.publishedOn, s.retrievedOn);
    }
  }
}
