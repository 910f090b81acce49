package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.casefunnel.text.QuoteLocator;
import org.hibernate.envers.Audited;

/** What someone said in a source, with the quote exactly as the source has it. */
@Entity
@Audited
@Table(name = "statement")
public class Statement extends FunnelPart {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  public Source source;

  @Column(name = "doc_key", nullable = false, length = 100)
  public String key;

  @Column(nullable = false, length = 300)
  public String speaker;

  @Column(name = "speaker_role", length = 300)
  public String speakerRole;

  @Column(length = 500)
  public String venue;

  /** When it was said; null when the source does not say. Never guessed. */
  @Column(name = "made_on")
  public LocalDate madeOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public StatementKind kind;

  @Column(nullable = false, length = 20000)
  public String quote;

  /**
   * Where the quote stands in the source text (W3C TextPositionSelector), when the text is stored.
   */
  @Column(name = "quote_start")
  public Integer quoteStart;

  @Column(name = "quote_end")
  public Integer quoteEnd;

  /** The text just before and after the quote (W3C TextQuoteSelector). */
  @Column(name = "quote_prefix", length = 200)
  public String quotePrefix;

  @Column(name = "quote_suffix", length = 200)
  public String quoteSuffix;

  public void locate(QuoteLocator.Location location) {
    if (location == null) {
      quoteStart = null;
      quoteEnd = null;
      quotePrefix = null;
      quoteSuffix = null;
    } else {
      quoteStart = location.start();
      quoteEnd = location.end();
      quotePrefix = location.prefix();
      quoteSuffix = location.suffix();
    }
  }
}
