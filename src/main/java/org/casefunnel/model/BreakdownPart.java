package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One category of a figure's breakdown (e.g. "online" of in-scope cases by offence type). Parts are
 * written with their figure and never edited on their own, so they carry no version.
 */
@Entity
@Table(name = "figure_breakdown_part")
public class BreakdownPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "figure_id")
  public Figure figure;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, length = 200)
  public String category;

  @Column(name = "value_count")
  public Long count;

  @Column(name = "value_low")
  public Long low;

  @Column(name = "value_high")
  public Long high;

  @Column(nullable = false)
  public boolean approximate;
}
