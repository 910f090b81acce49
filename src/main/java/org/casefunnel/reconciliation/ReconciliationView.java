package org.casefunnel.reconciliation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.casefunnel.document.FunnelDocumentPatch;
import org.casefunnel.extraction.ExtractionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reconciliation found; nothing is stored. */
@Schema(
    name = "Reconciliation",
    description =
        "The quantities a source states, each matched to a stage of the funnel (or none) and"
            + " classified against the stage's current figure, with a ready patch that adds the"
            + " source, statements and figures in one call. Nothing is stored.")
public record ReconciliationView(
    @Schema(description = "The funnel reconciled against.") String funnelId,
    @Schema(
            description =
                "ETag of the funnel version the answer was computed against: send it as If-Match"
                    + " when applying the patch, so that it fails (412) if the funnel changed.")
        String ifMatch,
    @Schema(description = "The source read.") SourceRef source,
    @Schema(description = "How many quantities fell in each class.") Summary summary,
    @Schema(description = "Every quantity found, in text order.")
        List<ReconciledQuantity> quantities,
    @Schema(description = "The sentences the quantities stand in, by index.")
        List<ExtractionView.SentenceView> sentences,
    @Schema(description = "The statements the patch proposes, with where each quote stands.")
        List<ProposedStatement> statements,
    @Schema(description = "True when the text was not read to its end (see extraction).")
        boolean truncated,
    @Schema(description = "Why not, or null.", nullable = true) String truncation,
    @Schema(
            description =
                "A ready patch: POST it to /api/funnels/{funnelId}/document-patches with"
                    + " If-Match, as it is or edited.")
        FunnelDocumentPatch patch) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ReconciledSource", description = "The source a reconciliation read.")
  public record SourceRef(
      @Schema(description = "Server id, when it is stored.", nullable = true) Long id,
      @Schema(description = "Its key in the funnel (or in the patch, when new).") String key,
      @Schema(description = "Title.") String title,
      @Schema(description = "True when the source is stored; false when the patch adds it.")
          boolean stored,
      @Schema(description = "Publication date, when known.", nullable = true)
          LocalDate publishedOn) {}

  @Schema(name = "ReconciliationSummary", description = "Quantities per class.")
  public record Summary(int agrees, int newer, int conflicts, int older, int unmatched) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ReconciledQuantity", description = "A quantity, its stage and its class.")
  public record ReconciledQuantity(
      @Schema(description = "Place among the quantities.") int index,
      @Schema(description = "The words, exactly as in the text.") String wording,
      @Schema(description = "Offsets in code points, end exclusive.")
          ExtractionView.Position position,
      @Schema(description = "TextQuoteSelector of the words.") ExtractionView.Selector selector,
      @Schema(description = "Index of its sentence in sentences.") int sentence,
      @Schema(description = "The stated value.") ExtractionView.Value value,
      @Schema(description = "What it counts, when the text says.", nullable = true)
          ExtractionView.Noun noun,
      @Schema(description = "Who the sentence attributes it to.", nullable = true)
          ExtractionView.Speaker speaker,
      @Schema(description = "For a share, the count it is a share of.", nullable = true)
          String shareOf,
      @Schema(
              description =
                  "The date it holds as of, when its sentence states one; never the source's"
                      + " publication date, which is when it was reported.",
              nullable = true)
          LocalDate asOf,
      @Schema(description = "The words of the sentence that state that date.", nullable = true)
          String asOfFrom,
      @Schema(description = "The stage matched; absent when none.", nullable = true)
          StageMatch match,
      @Schema(
              description = "Against the stage's current figure.",
              enumeration = {"agrees", "newer", "conflicts", "older", "unmatched"})
          String classification,
      @Schema(description = "Why, in words.") String explanation,
      @Schema(description = "The stage's current figure compared with.", nullable = true)
          CurrentFigure current,
      @Schema(description = "Id of the patch statement that quotes its sentence.", nullable = true)
          String statementId,
      @Schema(
              description = "Index of its figure in patch.figures, when it has one.",
              nullable = true)
          Integer figure) {}

  @Schema(name = "StageMatch", description = "A stage matched, with the score and its cues.")
  public record StageMatch(
      @Schema(description = "Stage key.") String stage,
      @Schema(description = "Stage label.") String label,
      @Schema(description = "Sum of the cues' weights; 2 or more to match.") double score,
      @Schema(description = "Why: every cue that counted, for or against.") List<Cue> reasons) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ComparedFigure", description = "The current figure a quantity is compared with.")
  public record CurrentFigure(
      long id,
      @Schema(description = "The count, when the figure is a single number.", nullable = true)
          Long count,
      @Schema(description = "Lower end of a range.", nullable = true) Long low,
      @Schema(description = "Upper end of a range.", nullable = true) Long high,
      boolean approximate,
      @Schema(description = "The date it holds as of, when one is known.", nullable = true)
          LocalDate asOf,
      @Schema(description = "Its wording in the source, when recorded.", nullable = true)
          String wording) {}

  @Schema(name = "ProposedStatement", description = "A statement of the patch and its quote.")
  public record ProposedStatement(
      @Schema(description = "Its id in the patch.") String id,
      @Schema(description = "Index of the sentence it quotes.") int sentence,
      @Schema(description = "Where the quote stands, in code points.")
          ExtractionView.Position position,
      @Schema(description = "TextQuoteSelector of the quote.") ExtractionView.Selector selector,
      @Schema(description = "The speaker found, when one was.", nullable = true)
          ExtractionView.Speaker speaker) {}
}
