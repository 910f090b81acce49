package org.casefunnel.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;

/**
 * A JSON body is well-formed UTF-8 (RFC 8259 section 8.1) or refused: Jackson's reader decodes an
 * overlong form ({@code C0 AF} as "/", {@code C1 BF} as DEL) as the character it spells, so the
 * stored text would not be the bytes sent, and overlong forms are how characters are slipped past a
 * filter. The JDK's decoder refuses them, as it refuses every other malformed sequence.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && isJson(type)) {
      byte[] body = context.getInputStream().readAllBytes();
      if (!wellFormed(body)) {
        throw new ProblemException(
            ProblemType.MALFORMED_REQUEST,
            "The request body is not well-formed UTF-8 (an overlong or invalid byte sequence);"
                + " send JSON in UTF-8.");
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  static boolean wellFormed(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
