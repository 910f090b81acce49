package org.casefunnel.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Where in a request body a JSON parse error occurred, as an RFC 6901 pointer. */
final class JsonPointers {

  private JsonPointers() {}

  /** The pointer of the value the parser was reading; empty when unknown or at the top. */
  static String at(JsonProcessingException e) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    if (duplicateKey(e)) {
      // the parser refuses the key before making it the context's current name
      String message = e.getOriginalMessage();
      int open = message.indexOf('\'');
      int close = message.lastIndexOf('\'');
      if (open >= 0 && close > open) {
        String key = message.substring(open + 1, close).replace("~", "~0").replace("/", "~1");
        if (!pointer.endsWith("/" + key)) {
          pointer = pointer + "/" + key;
        }
      }
    }
    return pointer;
  }

  /** Whether the parser refused a key seen twice in one object (STRICT_DUPLICATE_DETECTION). */
  static boolean duplicateKey(JsonProcessingException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
  }
}
