package org.casefunnel.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The {@code state} of a revision, per kind of resource: the fields history/HistoryService writes
 * for it (every key is written, null when the value was unknown or its related row's history does
 * not reach back that far), so generated clients get typed history instead of a map.
 */
final class HistorySchemas {

  private static final String S = ProblemResponsesFilter.SCHEMAS;

  private HistorySchemas() {}

  /** The kind of resource whose revisions an operation lists, or null. */
  static String kindOf(String operationId) {
    return switch (operationId) {
      case "getFunnelHistory" -> "Funnel";
      case "getStageHistory" -> "Stage";
      case "getFigureHistory" -> "Figure";
      case "getStatementHistory" -> "Statement";
      case "getSourceHistory" -> "Source";
      default -> null;
    };
  }

  /** The Revision schema with its state typed for the kind: {@code FunnelRevision} and so on. */
  static Schema revision(Components components, String kind) {
    Schema base = components.getSchemas().get("Revision");
    Schema typed =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description(base.getDescription() + " The state is a " + kind + "State.");
    for (Map.Entry<String, Schema> p : base.getProperties().entrySet()) {
      typed.addProperty(p.getKey(), p.getValue());
    }
    typed.addProperty(
        "state",
        nullable(
            OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().ref(S + kind + "State"))
                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL))
                .description(
                    "The resource's own fields as they were after the change (for a deletion, as"
                        + " they were when it was deleted).")));
    List.of("revision", "at", "by", "change", "state").forEach(typed::addRequired);
    return typed;
  }

  static Map<String, Schema> states() {
    Map<String, Schema> states = new LinkedHashMap<>();
    states.put(
        "FunnelState",
        state(
            "A funnel's own fields at a revision.",
            "id",
            string(false),
            "title",
            string(true),
            "organisation",
            string(true),
            "jurisdiction",
            string(true),
            "programme",
            string(true),
            "unit",
            string(true),
            "description",
            string(true)));
    states.put(
        "StageState",
        state(
            "A stage's fields at a revision.",
            "funnelId",
            string(true),
            "key",
            string(true),
            "position",
            integer("int32", false),
            "label",
            string(true),
            "baseStage",
            string(true),
            "definition",
            string(true),
            "unit",
            string(true),
            "selection",
            ref("Selection"),
            "estimates",
            string(true),
            "definitionStatementIds",
            keys()));
    states.put(
        "FigureState",
        state(
            "A figure's fields at a revision.",
            "id",
            integer("int64", false),
            "funnelId",
            string(true),
            "stage",
            string(true),
            "sequence",
            integer("int32", false),
            "count",
            integer("int64", true),
            "low",
            integer("int64", true),
            "high",
            integer("int64", true),
            "approximate",
            bool(),
            "status",
            ref("FigureStatus"),
            "asOf",
            formatted("date", true),
            "period",
            string(true),
            "wording",
            string(true),
            "note",
            string(true),
            "supersedes",
            integer("int64", true),
            "recordedAt",
            formatted("date-time", true),
            "supersededAt",
            formatted("date-time", true),
            "rank",
            ref("FigureRank"),
            "rankReason",
            string(true),
            "statementIds",
            keys()));
    states.put(
        "StatementState",
        state(
            "A statement's fields at a revision; id and sourceId are document keys.",
            "id",
            string(true),
            "funnelId",
            string(true),
            "sourceId",
            string(true),
            "speaker",
            string(true),
            "speakerRole",
            string(true),
            "venue",
            string(true),
            "madeOn",
            formatted("date", true),
            "kind",
            ref("StatementKind"),
            "quote",
            string(true)));
    states.put(
        "SourceState",
        state(
            "A source's fields at a revision; id is the document key.",
            "id",
            string(true),
            "funnelId",
            string(true),
            "title",
            string(true),
            "publisher",
            string(true),
            "url",
            formatted("uri", true),
            "publishedOn",
            formatted("date", true),
            "retrievedOn",
            formatted("date", true),
            "text",
            string(true)));
    return states;
  }

  /**
   * Pairs of name and schema; every member is written, the linked statement lists only when found.
   */
  private static Schema state(String description, Object... members) {
    Schema s = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    for (int i = 0; i < members.length; i += 2) {
      String name = (String) members[i];
      s.addProperty(name, (Schema) members[i + 1]);
      if (!name.endsWith("StatementIds") && !name.equals("statementIds")) {
        s.addRequired(name);
      }
    }
    return s;
  }

  private static Schema string(boolean nullable) {
    Schema s = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return nullable ? nullable(s) : s;
  }

  private static Schema formatted(String format, boolean nullable) {
    return string(nullable).format(format);
  }

  private static Schema integer(String format, boolean nullable) {
    Schema s = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format);
    return nullable ? nullable(s) : s;
  }

  private static Schema bool() {
    return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema()
        .addAnyOf(OASFactory.createSchema().ref(S + name))
        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
  }

  private static Schema keys() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.ARRAY)
        .description("Keys of the statements linked at that revision.")
        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }

  private static Schema nullable(Schema s) {
    if (s.getType() != null) {
      s.addType(Schema.SchemaType.NULL);
    }
    return s;
  }
}
