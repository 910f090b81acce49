package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Refuses values that not every database can store exactly, wherever they enter (JSON bodies here,
 * query and path parameters through {@link Params} and {@link StorableParameters}): text with NUL
 * characters (PostgreSQL rejects them) or unpaired UTF-16 surrogates (not valid Unicode; they would
 * be stored as '?'), and dates outside the years 1 to 9999 (ISO 8601's four-digit years; H2 and
 * PostgreSQL disagree beyond them). Everything else, including other control characters, is stored
 * and returned exactly as sent.
 */
@Singleton
public class StorableValues implements ObjectMapperCustomizer {

  static final int MIN_YEAR = 1;
  static final int MAX_YEAR = 9999;

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("storable-values");
    module.addDeserializer(String.class, new StorableStringDeserializer());
    module.addDeserializer(LocalDate.class, new StorableDateDeserializer());
    mapper.registerModule(module);
  }

  /** Runs after the customizer that registers the Java time module, so our date reader wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  /** True when the text can be stored and read back unchanged. */
  public static boolean storable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when the date's year has four digits (0001 to 9999). */
  public static boolean storable(TemporalAccessor date) {
    int year =
        date instanceof java.time.Instant i
            ? i.atOffset(ZoneOffset.UTC).getYear()
            : LocalDate.from(date).getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /**
   * A calendar date as ISO 8601 writes it, YYYY-MM-DD (a sign and more digits for a year beyond
   * 9999, refused next as not storable): no spaces or controls, and no time or zone, which the time
   * module would drop ("2026-01-01T23:59:59Z" read as 2026-01-01).
   */
  private static boolean plainDate(String text) {
    return DATE.matcher(text).matches();
  }

  private static final Pattern DATE = Pattern.compile("(?:[+-]\\d{4,9}|\\d{4})-\\d{2}-\\d{2}");

  static final class StorableStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      if (value != null && !storable(value)) {
        throw InvalidFormatException.from(
            p, "text contains a NUL character or an unpaired surrogate", value, String.class);
      }
      return value;
    }
  }

  /**
   * Wraps the Java time module's reader (which builds a new instance per property, dropping any
   * subclass) and checks what it read.
   */
  static final class StorableDateDeserializer extends StdDeserializer<LocalDate>
      implements ContextualDeserializer {
    private final JsonDeserializer<?> delegate;

    StorableDateDeserializer() {
      this(LocalDateDeserializer.INSTANCE);
    }

    private StorableDateDeserializer(JsonDeserializer<?> delegate) {
      super(LocalDate.class);
      this.delegate = delegate;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      return delegate instanceof ContextualDeserializer c
          ? new StorableDateDeserializer(c.createContextual(ctxt, property))
          : this;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // the time module trims control characters and reads a blank text as null: "\u0000"
      // would become no date at all
      // the time module also reads [2026, 1, 15] (and [1, 2, 3] as 0001-02-03): a date is text
      if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NULL) {
        throw InvalidFormatException.from(
            p, "a date is written as the text yyyy-mm-dd", p.getText(), LocalDate.class);
      }
      if (p.currentToken() == JsonToken.VALUE_STRING && !plainDate(p.getText())) {
        throw InvalidFormatException.from(
            p,
            "a date is written yyyy-mm-dd, without a time, spaces or control characters",
            p.getText(),
            LocalDate.class);
      }
      LocalDate value = (LocalDate) delegate.deserialize(p, ctxt);
      if (value != null && !storable(value)) {
        throw InvalidFormatException.from(
            p, "date must be between 0001-01-01 and 9999-12-31", value, LocalDate.class);
      }
      return value;
    }
  }
}
