package org.casefunnel.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request, exactly as it goes on the wire: the operation it aims at, the raw request
 * target (already percent-encoded, or deliberately not), headers, and body bytes (null for none).
 */
record FuzzRequest(LiveSpec.Operation operation, String target, List<String> headers, byte[] body) {

  String method() {
    return operation.method().toUpperCase(java.util.Locale.ROOT);
  }

  /** The request line and headers, without the final blank line. */
  String head(List<String> extraHeaders) {
    StringBuilder head =
        new StringBuilder(method() + " " + target + " HTTP/1.1\r\nHost: localhost");
    for (String h : headers) {
      head.append("\r\n").append(h);
    }
    for (String h : extraHeaders) {
      head.append("\r\n").append(h);
    }
    if (body != null) {
      head.append("\r\nContent-Length: ").append(body.length);
    }
    return head.toString();
  }

  @Override
  public String toString() {
    String shown =
        body == null
            ? "(no body)"
            : abbreviate(new String(body, StandardCharsets.UTF_8).replace("\u0000", "\\u0000"));
    return operation.id()
        + ": "
        + method()
        + " "
        + abbreviate(target)
        + " "
        + headers
        + " "
        + shown;
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
  }
}
