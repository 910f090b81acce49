package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A document that figures come from: an article, minutes, a transcript. */
@Entity
@Audited
@Table(name = "source")
public class Source extends FunnelPart {

  /** The id the client chose for this source inside its funnel document. */
  @Column(name = "doc_key", nullable = false, length = 100)
  public String key;

  @Column(nullable = false, length = 1000)
  public String title;

  @Column(length = 300)
  public String publisher;

  @Column(length = 2000)
  public String url;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Column(name = "retrieved_on")
  public LocalDate retrievedOn;

  @Column(name = "full_text", length = 1_000_000)
  public String text;
}
