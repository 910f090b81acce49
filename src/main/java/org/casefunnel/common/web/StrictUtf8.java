package org.casefunnel.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;

/**
 * A JSON body is well-formed UTF-8 (RFC 8259 section 8.1), or well-formed in the charset its
 * Content-Type names, or refused. Jackson's reader decodes an overlong UTF-8 form ({@code C0 AF} as
 * "/", {@code C1 BF} as DEL) as the character it spells, so the stored text would not be the bytes
 * sent, and overlong forms are how characters are slipped past a filter; the JDK's decoder refuses
 * them, as it refuses every other malformed sequence. A charset parameter has no effect on JSON
 * (RFC 8259 section 11), so bytes that are UTF-8 are read as UTF-8 whatever the label; but some
 * clients label and encode in ISO-8859-1 (REST Assured does for merge patches), and their "é" (the
 * one byte E9, malformed as UTF-8) is read in the charset named and handed on as UTF-8. Bytes that
 * are neither are a 400, or a 415 when the label names a charset the JDK does not know.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && isJson(type)) {
      byte[] body = context.getInputStream().readAllBytes();
      if (decode(body, StandardCharsets.UTF_8) == null) {
        Charset charset = charset(type);
        CharBuffer text = charset == null ? null : decode(body, charset);
        if (text == null) {
          throw new ProblemException(
              ProblemType.MALFORMED_REQUEST,
              "The request body is not well-formed UTF-8 (an overlong or invalid byte sequence)"
                  + (charset == null ? "" : " nor " + charset.name())
                  + "; send JSON in UTF-8.");
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(text);
        body = new byte[utf8.remaining()];
        utf8.get(body);
        Map<String, String> parameters = new HashMap<>(type.getParameters());
        parameters.keySet().removeIf(k -> k.equalsIgnoreCase(MediaType.CHARSET_PARAMETER));
        parameters.put(MediaType.CHARSET_PARAMETER, StandardCharsets.UTF_8.name());
        context.setMediaType(new MediaType(type.getType(), type.getSubtype(), parameters));
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  /** The charset the Content-Type names other than UTF-8, null when none; a 415 when unknown. */
  static Charset charset(MediaType type) {
    for (Map.Entry<String, String> p : type.getParameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase(MediaType.CHARSET_PARAMETER)) {
        String name = p.getValue().strip();
        try {
          Charset named = Charset.forName(name);
          return named.equals(StandardCharsets.UTF_8) ? null : named;
        } catch (IllegalArgumentException unknown) { // illegal or unsupported name
          throw new ProblemException(
              ProblemType.UNSUPPORTED_MEDIA_TYPE,
              "The request's charset '" + name + "' is not one the service can read; send UTF-8.");
        }
      }
    }
    return null;
  }

  /** The text the bytes spell in the charset, or null where they are malformed in it. */
  static CharBuffer decode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
