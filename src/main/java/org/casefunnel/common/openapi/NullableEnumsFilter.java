package org.casefunnel.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable property with an enumeration lists null among its values: in JSON Schema 2020-12
 * (OpenAPI 3.1) {@code enum} applies on top of {@code type}, so {@code type: [string, null]} with
 * {@code enum: [a, b]} refuses null, which the service sends (e.g. {@code truncation} of a text
 * read to its end). The annotations cannot say it: {@code @Schema(enumeration)} takes only strings.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableEnumsFilter implements OASFilter {

  @Override
  public Schema filterSchema(Schema schema) {
    List<Schema.SchemaType> types = schema.getType();
    List<Object> values = schema.getEnumeration();
    if (types != null
        && types.contains(Schema.SchemaType.NULL)
        && values != null
        && !values.contains(null)) {
      // addEnumeration ignores null; a new list keeps it
      List<Object> withNull = new ArrayList<>(values);
      withNull.add(null);
      schema.setEnumeration(withNull);
    }
    return schema;
  }
}
