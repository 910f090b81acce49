package org.casefunnel.model;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What every resource inside a funnel has: a server id, the funnel it belongs to (whose row
 * serialises its writes, see {@link FunnelChanges}), and a version that its ETag names.
 */
@MappedSuperclass
@Audited
public abstract class FunnelPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funnel_id")
  public Funnel funnel;

  @Version public long version;
}
