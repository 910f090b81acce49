package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses text that no database can store exactly: NUL characters (PostgreSQL rejects them) and
 * unpaired UTF-16 surrogates (not valid Unicode; they would be stored as '?'). Everything else,
 * including other control characters, is stored and returned exactly as sent.
 */
@Singleton
public class SafeTextModule implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("safe-text");
    module.addDeserializer(String.class, new SafeStringDeserializer());
    mapper.registerModule(module);
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

  static final class SafeStringDeserializer extends StringDeserializer {
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
}
