package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One review exercise, identified by a stable slug. */
@Entity
@Audited
@Table(name = "funnel")
public class Funnel {

  @Id
  @Column(length = 100)
  public String id;

  @Column(nullable = false, length = 500)
  public String title;

  @Column(nullable = false, length = 300)
  public String organisation;

  @Column(nullable = false, length = 300)
  public String jurisdiction;

  @Column(length = 300)
  public String programme;

  @Column(nullable = false, length = 100)
  public String unit;

  @Column(length = 10000)
  public String description;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
