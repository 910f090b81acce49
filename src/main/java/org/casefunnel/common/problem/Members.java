package org.casefunnel.common.problem;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a member a body's schema does not have is named to the client, wherever it was sent. */
public final class Members {

  private Members() {}

  /**
   * "is not a member of FigureSpec; its members are asOf, count, ...": the schema's name as the
   * OpenAPI document gives it, and what the client may have meant.
   */
  public static String unknown(UnrecognizedPropertyException e) {
    return unknown(schemaName(e.getReferringClass()), e.getKnownPropertyIds());
  }

  /** The same sentence, for a member of {@code type}, whose members are {@code known}. */
  public static String unknown(Class<?> type, Collection<Object> known) {
    return unknown(schemaName(type), known);
  }

  /** The name the OpenAPI document gives the class's schema: its {@code @Schema} name, if any. */
  static String schemaName(Class<?> type) {
    if (type == null) {
      return "this body";
    }
    Schema schema = type.getAnnotation(Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }

  static String unknown(String schema, Collection<Object> known) {
    if (known == null || known.isEmpty()) {
      return "is not a member of " + schema;
    }
    TreeSet<String> names = new TreeSet<>();
    known.forEach(k -> names.add(String.valueOf(k)));
    return "is not a member of " + schema + "; its members are " + String.join(", ", names);
  }
}
