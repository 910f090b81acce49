package org.casefunnel.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A document that figures come from: an article, minutes, a transcript. */
@Entity
@Audited
@Table(name = "source")
public class Source extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funnel_id")
  public Funnel funnel;

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

  @Version public long version;
}
