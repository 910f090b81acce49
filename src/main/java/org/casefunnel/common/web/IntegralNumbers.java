package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Integers as the committed spec's dialect (JSON Schema 2020-12) reads them: any number whose
 * fractional part is zero, in any JSON notation ({@code 1e3}, {@code 1000.0}, {@code 1.2E3}), is
 * that integer, so a generated client that writes a valid integer so is understood. Read exactly: a
 * number with a fraction ({@code 1.5}, {@code 1.0000000001}) or beyond the member's Java type is
 * refused as a value of the wrong type or form (a 400 naming its pointer, as a string where a
 * number is expected), never rounded, truncated or wrapped. Every other token is read by Jackson's
 * own deserializer, under StrictJson's coercion rules.
 */
final class IntegralNumbers {

  private IntegralNumbers() {}

  /** The integer types of request bodies (int and long, primitive and boxed). */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("integral-numbers");
    module.addDeserializer(Long.class, new Integral<>(Long.class, BigDecimal::longValueExact));
    module.addDeserializer(long.class, new Integral<>(Long.TYPE, BigDecimal::longValueExact));
    module.addDeserializer(Integer.class, new Integral<>(Integer.class, BigDecimal::intValueExact));
    module.addDeserializer(int.class, new Integral<>(Integer.TYPE, BigDecimal::intValueExact));
    return module;
  }

  /** Reads a number written with a fraction or exponent as its exact integer, else refuses it. */
  static final class Integral<T> extends StdScalarDeserializer<T> {
    private final transient JsonDeserializer<?> plain;
    private final transient Function<BigDecimal, T> exact;

    @SuppressWarnings("unchecked")
    Integral(Class<?> type, Function<BigDecimal, T> exact) {
      super((Class<T>) type);
      this.plain = NumberDeserializers.find(type, type.getName());
      this.exact = exact;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        return (T) plain.deserialize(p, ctxt);
      }
      BigDecimal sent = p.getDecimalValue();
      try {
        // exact: throws on a non-zero fraction or a value beyond the type, and decides a huge
        // exponent ("1e999999999") by its digit count without expanding it
        return exact.apply(sent);
      } catch (ArithmeticException e) {
        throw InvalidFormatException.from(
            p, "not an integer within the member's range", sent, _valueClass);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return (T) plain.getNullValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return plain.getNullAccessPattern();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
      return plain.getEmptyValue(ctxt);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Integer;
    }
  }
}
