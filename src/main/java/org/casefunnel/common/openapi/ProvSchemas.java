package org.casefunnel.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The PROV-JSON document export/ProvExport writes (W3C member submission "PROV-JSON"): a prefix map
 * and one map per kind of record, each record a map of attributes. Attribute values are strings,
 * numbers, booleans, typed values ({@code {"$": ..., "type": ...}}) or lists of these.
 */
final class ProvSchemas {

  private static final String S = ProblemResponsesFilter.SCHEMAS;

  private static final String[] SECTIONS = {
    "entity",
    "activity",
    "agent",
    "wasGeneratedBy",
    "used",
    "wasDerivedFrom",
    "wasAttributedTo",
    "wasAssociatedWith",
    "actedOnBehalfOf",
    "wasInfluencedBy",
    "hadMember",
    "specializationOf",
    "alternateOf"
  };

  private ProvSchemas() {}

  static Schema document() {
    Schema doc =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description(
                "A PROV-JSON document: the funnel (a prov:Collection), its stages, figures,"
                    + " statements and sources as entities, who said and published them as"
                    + " agents, and how they derive from one another.")
            .addRequired("prefix")
            .addProperty(
                "prefix",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("Namespace prefixes and their IRIs (prov, xsd, cf, f).")
                    .additionalPropertiesSchema(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
    for (String section : SECTIONS) {
      doc.addProperty(
          section,
          OASFactory.createSchema()
              .addType(Schema.SchemaType.OBJECT)
              .description("PROV " + section + " records by identifier.")
              .additionalPropertiesSchema(OASFactory.createSchema().ref(S + "ProvRecord")));
    }
    return doc;
  }

  /**
   * Attribute values are strings, numbers, booleans, typed values or lists of these; a union that
   * generated clients cannot type (openapi-generator's Java output does not compile with it), so
   * the values are described, not constrained.
   */
  static Schema record() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "A PROV record's attributes by qualified name (prov:type, prov:label, prov:value,"
                + " prov:entity, prov:agent, ...). A value is a string, a number, a typed literal"
                + " {\"$\": \"prov:Collection\", \"type\": \"prov:QUALIFIED_NAME\"} (dates typed"
                + " xsd:date, instants xsd:dateTime, URLs xsd:anyURI), or a list of these.")
        .additionalPropertiesBoolean(Boolean.TRUE);
  }
}
