package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;

/**
 * A funnel's provenance graph in W3C PROV-JSON. Figures (superseded ones included), statements and
 * sources are entities; speakers, publishers and the funnel's organisation are agents. A figure
 * wasDerivedFrom each statement it rests on and hadPrimarySource each document those statements
 * stand in; a statement wasQuotedFrom its source (its quote stands there verbatim) and
 * wasAttributedTo its speaker; a newer figure wasRevisionOf the one it superseded. Nothing is
 * inferred beyond what the funnel records: no dates are added, no speaker is given an employer.
 */
@ApplicationScoped
public class ProvExport {

  /** Namespace of the service's own types and attributes. */
  public static final String VOCABULARY = "urn:case-funnel:vocab:";

  private final FunnelService funnels;
  private final SourceRepository sources;
  private final StatementRepository statements;
  private final FigureRepository figures;

  public ProvExport(
      FunnelService funnels,
      SourceRepository sources,
      StatementRepository statements,
      FigureRepository figures) {
    this.funnels = funnels;
    this.sources = sources;
    this.statements = statements;
    this.figures = figures;
  }

  @Transactional
  public Map<String, Object> document(String funnelId) {
    Funnel funnel = funnels.require(funnelId);
    Graph g = new Graph(funnel);

    String funnelEntity = "f:funnel";
    g.entity(
        funnelEntity,
        attrs(
            "prov:type", List.of(qname("prov:Collection"), qname("cf:Funnel")),
            "prov:label", funnel.title,
            "cf:organisation", funnel.organisation,
            "cf:jurisdiction", funnel.jurisdiction,
            "cf:programme", funnel.programme,
            "cf:unit", funnel.unit));
    g.attribution(funnelEntity, g.agent(funnel.organisation, true));

    for (Source s : sources.listByFunnel(funnelId)) {
      String id = sourceId(s);
      g.entity(
          id,
          attrs(
              "prov:type",
              qname("cf:Source"),
              "prov:label",
              s.title,
              "cf:publisher",
              s.publisher,
              "cf:url",
              s.url == null ? null : typed(s.url, "xsd:anyURI"),
              "cf:publishedOn",
              date(s.publishedOn),
              "cf:retrievedOn",
              date(s.retrievedOn)));
      if (s.publisher != null) {
        g.attribution(id, g.agent(s.publisher, true));
      }
    }

    for (Statement st : statements.listByFunnel(funnelId)) {
      String id = statementId(st);
      g.entity(
          id,
          attrs(
              "prov:type", qname("cf:Statement"),
              "prov:label", st.key,
              "prov:value", st.quote,
              "cf:kind", st.kind.wire(),
              "cf:speaker", st.speaker,
              "cf:speakerRole", st.speakerRole,
              "cf:venue", st.venue,
              "cf:madeOn", date(st.madeOn)));
      g.derivation(
          id,
          sourceId(st.source),
          attrs(
              "prov:type", qname("prov:Quotation"),
              "cf:start", st.quoteStart,
              "cf:end", st.quoteEnd));
      g.attribution(id, g.agent(st.speaker, false));
    }

    for (Figure f : figures.listByFunnel(funnelId)) {
      String id = figureId(f);
      g.entity(
          id,
          attrs(
              "prov:type",
              qname("cf:Figure"),
              "prov:label",
              f.stage.label + ": " + f.wording,
              "prov:value",
              f.count,
              "cf:stage",
              f.stage.key,
              "cf:low",
              f.lowerBound(),
              "cf:high",
              f.upperBound(),
              "cf:approximate",
              f.approximate,
              "cf:status",
              f.status.wire(),
              "cf:asOf",
              date(f.asOf),
              "cf:period",
              f.period,
              "cf:wording",
              f.wording,
              "cf:note",
              f.note,
              "cf:current",
              f.supersededAt == null,
              "cf:recordedAt",
              typed(f.recordedAt.toString(), "xsd:dateTime")));
      if (f.supersededAt == null) {
        g.member(funnelEntity, id);
      }
      Set<String> primary = new HashSet<>();
      for (Statement st : f.statements) {
        g.derivation(id, statementId(st), attrs());
        if (primary.add(sourceId(st.source))) {
          g.derivation(id, sourceId(st.source), attrs("prov:type", qname("prov:PrimarySource")));
        }
      }
      if (f.supersedes != null) {
        g.derivation(id, figureId(f.supersedes), attrs("prov:type", qname("prov:Revision")));
      }
    }
    return g.json;
  }

  private static String figureId(Figure f) {
    return "f:figure-" + f.id;
  }

  private static String statementId(Statement s) {
    return "f:statement-" + s.id;
  }

  private static String sourceId(Source s) {
    return "f:source-" + s.id;
  }

  private static Map<String, Object> qname(String name) {
    return typed(name, "xsd:QName");
  }

  private static Map<String, Object> typed(String value, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$", value);
    m.put("type", type);
    return m;
  }

  private static Object date(LocalDate d) {
    return d == null ? null : typed(d.toString(), "xsd:date");
  }

  /** Attributes in order, leaving out the unknown (null) ones rather than writing nulls. */
  private static Map<String, Object> attrs(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  /** The document being built, with agents deduplicated by name. */
  private static final class Graph {
    final Map<String, Object> json = new LinkedHashMap<>();
    final Map<String, String> agentByName = new LinkedHashMap<>();
    int relations;

    Graph(Funnel funnel) {
      Map<String, Object> prefix = new LinkedHashMap<>();
      prefix.put("cf", VOCABULARY);
      prefix.put("f", "urn:case-funnel:funnel:" + funnel.id + ":");
      json.put("prefix", prefix);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
      return (Map<String, Object>) json.computeIfAbsent(name, k -> new LinkedHashMap<>());
    }

    void entity(String id, Map<String, Object> attributes) {
      section("entity").put(id, attributes);
    }

    /**
     * The agent of a name; organisations (the funnel's, publishers) are prov:Organization, other
     * speakers prov:Person unless the same name is also an organisation here.
     */
    @SuppressWarnings("unchecked")
    String agent(String name, boolean organisation) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      String id = agentByName.get(key);
      if (id == null) {
        id = "f:agent-" + (agentByName.size() + 1);
        agentByName.put(key, id);
        section("agent").put(id, attrs("prov:label", name.strip()));
      }
      Map<String, Object> a = (Map<String, Object>) section("agent").get(id);
      if (organisation || !a.containsKey("prov:type")) {
        a.put("prov:type", qname(organisation ? "prov:Organization" : "prov:Person"));
      }
      return id;
    }

    void attribution(String entity, String agent) {
      section("wasAttributedTo")
          .put("_:attribution-" + (++relations), attrs("prov:entity", entity, "prov:agent", agent));
    }

    void derivation(String generated, String used, Map<String, Object> extra) {
      Map<String, Object> d = attrs("prov:generatedEntity", generated, "prov:usedEntity", used);
      d.putAll(extra);
      section("wasDerivedFrom").put("_:derivation-" + (++relations), d);
    }

    void member(String collection, String entity) {
      section("hadMember")
          .put(
              "_:membership-" + (++relations),
              attrs("prov:collection", collection, "prov:entity", entity));
    }
  }
}
