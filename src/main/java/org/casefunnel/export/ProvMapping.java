package org.casefunnel.export;

import static org.casefunnel.export.ProvGraph.attrs;
import static org.casefunnel.export.ProvGraph.date;
import static org.casefunnel.export.ProvGraph.qname;
import static org.casefunnel.export.ProvGraph.typed;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefunnel.analysis.FunnelSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.FigureSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.PartSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.SourceSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StageSnapshot;
import org.casefunnel.analysis.FunnelSnapshot.StatementSnapshot;
import org.casefunnel.export.FunnelProvenance.QuotedStatement;
import org.casefunnel.export.FunnelProvenance.RecordedFigure;
import org.casefunnel.model.Figure;

/**
 * A funnel's provenance as W3C PROV-JSON: a function of its {@link FunnelProvenance}. Figures
 * (superseded ones included), statements and sources are entities; speakers and publishers are
 * agents, and so is who compiled the funnel (as {@link ProvExport} lets the reader see them). A
 * figure wasDerivedFrom each statement it rests on and from each document those statements stand
 * in: hadPrimarySource when the document is the speaker's own (its publisher is the speaker),
 * otherwise a derivation typed cf:SecondarySource (a report of what was said); a statement
 * wasQuotedFrom its source and wasAttributedTo its speaker and, unless it is the speaker's own
 * document, the source's publisher, who reported it; a newer figure wasRevisionOf the one it
 * superseded. A figure's rank is the qualified attribute cf:rank; a deprecated figure is no member
 * of the funnel. The funnel is attributed to who compiled it, never to the organisation it is
 * about. Nothing is inferred beyond what the funnel records.
 */
final class ProvMapping {

  private static final String FUNNEL = "f:funnel";

  private ProvMapping() {}

  static Map<String, Object> document(FunnelProvenance p) {
    FunnelSnapshot funnel = p.funnel();
    ProvGraph g = new ProvGraph(funnel.funnelId());
    g.entity(
        FUNNEL,
        attrs(
            "prov:type", List.of(qname("prov:Collection"), qname("cf:Funnel")),
            "prov:label", funnel.title(),
            "cf:organisation", funnel.info().organisation(),
            "cf:jurisdiction", funnel.info().jurisdiction(),
            "cf:programme", funnel.info().programme(),
            "cf:unit", funnel.unit()));
    if (p.compiledBy() != null) {
      g.agent(
          "f:compiler",
          attrs(
              "prov:type", List.of(qname("prov:Person"), qname("cf:Editor")),
              "prov:label", p.compiledBy()));
      g.attribution(FUNNEL, "f:compiler");
    }
    p.sources().forEach(s -> source(g, s));
    p.statements().forEach(s -> statement(g, s));
    p.figures().forEach(f -> figure(g, funnel, f));
    return g.json;
  }

  private static void source(ProvGraph g, SourceSnapshot s) {
    String id = sourceId(s);
    g.entity(
        id,
        attrs(
            "prov:type", qname("cf:Source"),
            "prov:label", s.title(),
            "cf:publisher", s.publisher(),
            "cf:url", s.url() == null ? null : typed(s.url(), "xsd:anyURI"),
            "cf:publishedOn", date(s.publishedOn()),
            "cf:retrievedOn", date(s.retrievedOn())));
    if (s.publisher() != null) {
      g.attribution(id, g.agent(s.publisher(), true));
    }
  }

  private static void statement(ProvGraph g, QuotedStatement quoted) {
    StatementSnapshot st = quoted.statement();
    String id = statementId(st);
    g.entity(
        id,
        attrs(
            "prov:type", qname("cf:Statement"),
            "prov:label", st.key(),
            "prov:value", st.quote(),
            "cf:kind", st.kind().wire(),
            "cf:speaker", st.speaker(),
            "cf:speakerRole", st.speakerRole(),
            "cf:venue", st.venue(),
            "cf:madeOn", date(st.madeOn())));
    g.derivation(
        id,
        sourceId(st.source()),
        attrs(
            "prov:type", qname("prov:Quotation"),
            "cf:start", quoted.start(),
            "cf:end", quoted.end()));
    g.attribution(id, g.agent(st.speaker(), false));
    if (st.source().publisher() != null && !ownDocument(st)) {
      g.attribution(id, g.agent(st.source().publisher(), true));
    }
  }

  private static void figure(ProvGraph g, FunnelSnapshot funnel, RecordedFigure r) {
    FigureSnapshot f = r.figure();
    String id = figureId(f.id());
    String stageLabel = funnel.stage(r.stageKey()).map(StageSnapshot::label).orElse(r.stageKey());
    g.entity(
        id,
        attrs(
            "prov:type", qname("cf:Figure"),
            "prov:label", stageLabel + ": " + f.wording(),
            "prov:value", f.count(),
            "cf:stage", r.stageKey(),
            // as stated: none for "about 9,000", never the service's reading of it
            "cf:low", Figure.givenBound(f.count(), f.approximate(), f.statedLow()),
            "cf:high", Figure.givenBound(f.count(), f.approximate(), f.statedHigh()),
            "cf:approximate", f.approximate(),
            "cf:status", f.status().wire(),
            "cf:asOf", date(f.asOf()),
            "cf:period", f.period(),
            "cf:wording", f.wording(),
            "cf:note", f.note(),
            "cf:current", r.current(),
            "cf:rank", qname("cf:" + f.rank().wire()),
            "cf:rankReason", f.rankReason(),
            "cf:recordedAt", typed(r.recordedAt().toString(), "xsd:dateTime")));
    if (r.current()) {
      g.member(FUNNEL, id);
    }
    breakdown(g, f, id);
    Set<String> documents = new HashSet<>();
    for (StatementSnapshot st : f.statements()) {
      g.derivation(id, statementId(st), attrs());
      if (documents.add(sourceId(st.source()))) {
        String type = ownDocument(st) ? "prov:PrimarySource" : "cf:SecondarySource";
        g.derivation(id, sourceId(st.source()), attrs("prov:type", qname(type)));
      }
    }
    if (r.supersedes() != null) {
      g.derivation(id, figureId(r.supersedes()), attrs("prov:type", qname("prov:Revision")));
    }
  }

  /**
   * Each part of a figure's breakdown is an entity of its own (the category and its count or
   * range), derived from the figure it splits, so the parts travel with the figure.
   */
  private static void breakdown(ProvGraph g, FigureSnapshot f, String figureEntity) {
    List<PartSnapshot> parts = f.parts();
    for (int position = 0; position < parts.size(); position++) {
      PartSnapshot part = parts.get(position);
      String partId = figureEntity + "-part-" + position;
      g.entity(
          partId,
          attrs(
              "prov:type", qname("cf:BreakdownPart"),
              "prov:label", f.breakdownDimension() + ": " + part.category(),
              "prov:value", part.count(),
              "cf:dimension", f.breakdownDimension(),
              "cf:category", part.category(),
              "cf:low", part.low(),
              "cf:high", part.high(),
              "cf:approximate", part.approximate()));
      g.derivation(partId, figureEntity, attrs());
    }
  }

  /**
   * Whether the statement stands in its speaker's own document (the publisher is the speaker), so
   * the document is a primary source; a publisher unknown is taken as not the speaker's.
   */
  private static boolean ownDocument(StatementSnapshot st) {
    return st.source().publisher() != null
        && st.source().publisher().strip().equalsIgnoreCase(st.speaker().strip());
  }

  private static String figureId(long id) {
    return "f:figure-" + id;
  }

  private static String statementId(StatementSnapshot s) {
    return "f:statement-" + s.id();
  }

  private static String sourceId(SourceSnapshot s) {
    return "f:source-" + s.id();
  }
}
