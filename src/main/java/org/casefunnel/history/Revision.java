package org.casefunnel.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction: when, and by whom. Numbered from a sequence so the same schema works on
 * H2 and PostgreSQL.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
  @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 1)
  @RevisionNumber
  @Column(name = "rev")
  public Long id;

  @RevisionTimestamp
  @Column(name = "revtstmp", nullable = false)
  public long timestamp;

  /** The authenticated user who made the change; "system" for the seed loader. */
  @Column(name = "username", length = 200)
  public String username;
}
