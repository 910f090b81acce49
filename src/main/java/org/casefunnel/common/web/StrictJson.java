package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON bodies are read as sent or refused (a 400 malformed-request naming the JSON pointer, see
 * ProblemMappers): a duplicate key, a fraction where an integer is expected (an integral number in
 * any notation, 1e3 or 1000.0, is the integer: {@link IntegralNumbers}), a string where a number or
 * boolean is expected, or a number or boolean where a string is expected; and a member the body's
 * schema does not have (a 422 naming every one, see ProblemMappers). Jackson's defaults would keep
 * the last duplicate, truncate 1.5 to 1, convert "123" or 1 silently and drop a misspelt member
 * ("approx" for "approximate" would store a hedged figure as exact), and the service promises never
 * to change a figure it was given.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  @SuppressWarnings("deprecation") // the mapper-level switch is the one Quarkus's mapper honours
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // a second value after the body ("{...}{...}", "{...} xyz") is refused, not dropped
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // every unknown member at once, not only the first (UnknownMembers)
    mapper.addHandler(new UnknownMembers.Handler());
    mapper.registerModule(
        new SimpleModule().setDeserializerModifier(new UnknownMembers.Modifier()));
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    // but an integral 1e3 or 1000.0 is an integer, as JSON Schema 2020-12 says
    mapper.registerModule(IntegralNumbers.module());
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Float, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.Float, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
    refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.DateTime, CoercionInputShape.EmptyString);
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
