package org.casefunnel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** An ordered step of a funnel, usually a subset of an earlier stage (its base). */
@Entity
@Audited
@Table(name = "stage")
public class Stage extends FunnelPart {

  @Column(name = "stage_key", nullable = false, length = 100)
  public String key;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, length = 300)
  public String label;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "base_stage_id")
  public Stage baseStage;

  @Column(length = 10000)
  public String definition;

  /**
   * What this stage counts when it is not the funnel's unit (e.g. offences for a context stage).
   */
  @Column(length = 100)
  public String unit;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  public Selection selection;

  /**
   * Key of the extrapolated stage this stage is an estimate of (e.g. expected reinvestigations of
   * the cases in scope); null when it declares none.
   */
  @Column(length = 100)
  public String estimates;

  @ManyToMany
  @JoinTable(
      name = "stage_definition_statement",
      joinColumns = @JoinColumn(name = "stage_id"),
      inverseJoinColumns = @JoinColumn(name = "statement_id"))
  @OrderBy("id")
  public List<Statement> definitionStatements = new ArrayList<>();

  /**
   * The stages this one is a subset of, nearest first: its base, the base's base, and so on. Loops
   * are refused when stages are written; the bound only stops a corrupt chain.
   */
  public List<Stage> ancestors() {
    List<Stage> chain = new ArrayList<>();
    for (Stage at = baseStage; at != null && chain.size() < 10_000; at = at.baseStage) {
      chain.add(at);
    }
    return chain;
  }
}
