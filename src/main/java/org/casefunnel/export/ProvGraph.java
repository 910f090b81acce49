package org.casefunnel.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PROV-JSON document being written, in the form the PROV-JSON tools read: prefixes {@code prov}
 * and {@code xsd} declared, qualified names typed {@code prov:QUALIFIED_NAME}, every typed value in
 * a one-element list (PROV-JSON allows a bare one, but ProvToolbox 2.2.1 reads it as two strings),
 * a collection's members in one hadMember with an array of entities, unknown (null) attributes left
 * out. Agents named in the funnel are deduplicated by name.
 */
final class ProvGraph {

  /** Namespace of the service's own types and attributes. */
  static final String VOCABULARY = "urn:case-funnel:vocab:";

  final Map<String, Object> json = new LinkedHashMap<>();
  private final Map<String, String> agentByName = new LinkedHashMap<>();
  private int relations;

  ProvGraph(String funnelId) {
    Map<String, Object> prefix = new LinkedHashMap<>();
    prefix.put("prov", "http://www.w3.org/ns/prov#");
    prefix.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    prefix.put("cf", VOCABULARY);
    prefix.put("f", "urn:case-funnel:funnel:" + funnelId + ":");
    json.put("prefix", prefix);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> section(String name) {
    return (Map<String, Object>) json.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  void entity(String id, Map<String, Object> attributes) {
    section("entity").put(id, attributes);
  }

  /** An agent of its own id, not merged with the agents named in the funnel. */
  void agent(String id, Map<String, Object> attributes) {
    section("agent").put(id, attributes);
  }

  /**
   * The agent of a name; organisations (publishers) are prov:Organization, speakers prov:Person
   * unless the same name is also an organisation here.
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

  static Map<String, Object> qname(String name) {
    return typed(name, "prov:QUALIFIED_NAME");
  }

  static Map<String, Object> typed(String value, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$", value);
    m.put("type", type);
    return m;
  }

  static Object date(LocalDate d) {
    return d == null ? null : typed(d.toString(), "xsd:date");
  }

  /** Attributes in order; null values left out, typed values put in one-element lists. */
  static Map<String, Object> attrs(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object value = kv[i + 1];
      if (value != null) {
        m.put((String) kv[i], value instanceof Map<?, ?> ? List.of(value) : value);
      }
    }
    return m;
  }
}
