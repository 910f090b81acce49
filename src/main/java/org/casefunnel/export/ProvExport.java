package org.casefunnel.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefunnel.funnel.FunnelService;
import org.casefunnel.model.BreakdownPart;
import org.casefunnel.model.Figure;
import org.casefunnel.model.FigureRepository;
import org.casefunnel.model.Funnel;
import org.casefunnel.model.Source;
import org.casefunnel.model.SourceRepository;
import org.casefunnel.model.Statement;
import org.casefunnel.model.StatementRepository;

/**
 * A funnel's provenance graph in W3C PROV-JSON. Figures (superseded ones included), statements and
 * sources are entities; speakers and publishers are agents. A figure wasDerivedFrom each statement
 * it rests on and from each document those statements stand in: hadPrimarySource when the document
 * is the speaker's own (its publisher is the speaker), otherwise a derivation typed
 * cf:SecondarySource (a report of what was said); a statement wasQuotedFrom its source (its quote
 * stands there verbatim) and wasAttributedTo its speaker and, unless it is the speaker's own
 * document, the source's publisher, who reported it; a newer figure wasRevisionOf the one it
 * superseded. A figure's rank (docs/competing-figures.md) is the qualified attribute cf:rank, whose
 * value is the qualified name cf:preferred, cf:normal or cf:deprecated, with cf:rankReason; a
 * deprecated figure is no member of the funnel. The funnel is not attributed to the organisation it
 * is about (that organisation did not compile it; who did is not recorded). Nothing is inferred
 * beyond what the funnel records.
 *
 * <p>Written as the PROV-JSON tools read it: qualified names typed {@code prov:QUALIFIED_NAME},
 * prefixes {@code prov} and {@code xsd} declared, a collection's members in one hadMember with an
 * array of entities.
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
      if (st.source.publisher != null && !ownDocument(st)) {
        g.attribution(id, g.agent(st.source.publisher, true));
      }
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
              f.isCurrent(),
              "cf:rank",
              qname("cf:" + f.rank.wire()),
              "cf:rankReason",
              f.rankReason,
              "cf:recordedAt",
              typed(f.recordedAt.toString(), "xsd:dateTime")));
      if (f.isCurrent()) {
        g.member(funnelEntity, id);
      }
      breakdown(g, f, id);
      Set<String> documents = new HashSet<>();
      for (Statement st : f.statements) {
        g.derivation(id, statementId(st), attrs());
        if (documents.add(sourceId(st.source))) {
          String type = ownDocument(st) ? "prov:PrimarySource" : "cf:SecondarySource";
          g.derivation(id, sourceId(st.source), attrs("prov:type", qname(type)));
        }
      }
      if (f.supersedes != null) {
        g.derivation(id, figureId(f.supersedes), attrs("prov:type", qname("prov:Revision")));
      }
    }
    return g.json;
  }

  /**
   * Each part of a figure's breakdown is an entity of its own (the category and its count or
   * range), derived from the figure it splits, so the parts travel with the figure.
   */
  private static void breakdown(Graph g, Figure f, String figureEntity) {
    for (BreakdownPart part : f.breakdownParts) {
      String partId = figureEntity + "-part-" + part.position;
      g.entity(
          partId,
          attrs(
              "prov:type", qname("cf:BreakdownPart"),
              "prov:label", f.breakdownDimension + ": " + part.category,
              "prov:value", part.count,
              "cf:dimension", f.breakdownDimension,
              "cf:category", part.category,
              "cf:low", part.low,
              "cf:high", part.high,
              "cf:approximate", part.approximate));
      g.derivation(partId, figureEntity, attrs());
    }
  }

  /**
   * Whether the statement stands in its speaker's own document (the publisher is the speaker), so
   * the document is a primary source; a publisher unknown is taken as not the speaker's.
   */
  private static boolean ownDocument(Statement st) {
    return st.source.publisher != null
        && st.source.publisher.strip().equalsIgnoreCase(st.speaker.strip());
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
    return typed(name, "prov:QUALIFIED_NAME");
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

  /**
   * Attributes in order, leaving out the unknown (null) ones rather than writing nulls. A typed
   * value is written in a one-element list: PROV-JSON allows both forms, but ProvToolbox 2.2.1
   * reads a bare {@code {"$": ..., "type": ...}} as two strings.
   */
  private static Map<String, Object> attrs(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object value = kv[i + 1];
      if (value != null) {
        m.put((String) kv[i], value instanceof Map<?, ?> ? List.of(value) : value);
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
      prefix.put("prov", "http://www.w3.org/ns/prov#");
      prefix.put("xsd", "http://www.w3.org/2001/XMLSchema#");
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
        a.put("prov:type", List.of(qname(organisation ? "prov:Organization" : "prov:Person")));
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

    /** One hadMember per collection, its entities in an array (as ProvToolbox reads it). */
    @SuppressWarnings("unchecked")
    void member(String collection, String entity) {
      Map<String, Object> membership =
          (Map<String, Object>)
              section("hadMember")
                  .computeIfAbsent(
                      "_:members-" + collection.replace(':', '-'),
                      k -> attrs("prov:collection", collection, "prov:entity", new ArrayList<>()));
      ((List<Object>) membership.get("prov:entity")).add(entity);
    }
  }
}
