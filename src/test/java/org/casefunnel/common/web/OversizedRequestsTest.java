package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.casefunnel.support.RawHttp;
import org.casefunnel.support.RawHttp.Ending;
import org.casefunnel.support.RawHttp.Exchange;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * A request over the documented limits (a URI of 4,096 characters, 20 KB of headers, the body
 * limit) is answered with a problem, {@code Connection: close}, and then the server closes the
 * connection without a reset (issue 15). Sent as a keep-alive client over a raw socket: REST
 * Assured refuses some of these requests, and a client that says {@code Connection: close} itself
 * would hide whether the server decided to close.
 */
@QuarkusTest
class OversizedRequestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Longer than the server's two-second linger, so a connection left open is told apart. */
  private static final long SETTLE_MILLIS = 5_000;

  private static JsonNode closingProblem(Exchange exchange, int status, String type)
      throws Exception {
    assertThat(exchange.statusLine()).startsWith("HTTP/1.1 " + status + " ");
    RawHttp.Answer answer = exchange.answer();
    assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("type").asText()).isEqualTo("urn:case-funnel:problem:" + type);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank().doesNotContain("Exception");
    assertThat(exchange.ending())
        .as("how the server ended the connection")
        .isEqualTo(Ending.CLOSED);
    return body;
  }

  @Test
  void aUriOverTheLimitIsAUriTooLongProblemAndTheServerClosesTheConnection() throws Exception {
    Exchange exchange =
        RawHttp.keepAlive(
            "GET /api/funnels?q=" + "x".repeat(5_000) + " HTTP/1.1\r\nHost: localhost",
            null,
            SETTLE_MILLIS);
    JsonNode body = closingProblem(exchange, 414, "uri-too-long");
    assertThat(body.path("detail").asText()).contains("4096");
  }

  @Test
  void headersOverTheLimitAreAHeadersTooLargeProblemAndTheServerClosesTheConnection()
      throws Exception {
    StringBuilder head = new StringBuilder("GET /api/funnels HTTP/1.1\r\nHost: localhost");
    for (int i = 0; i < 30; i++) {
      head.append("\r\nX-Filler-").append(i).append(": ").append("y".repeat(1_000));
    }
    Exchange exchange = RawHttp.keepAlive(head.toString(), null, SETTLE_MILLIS);
    closingProblem(exchange, 431, "headers-too-large");
  }

  @Test
  void aBodyRefusedUnreadIsAnsweredAndTheConnectionClosedWithoutAReset() throws Exception {
    // the test profile's body limit is 2 MB: refused by its Content-Length, before it is read;
    // the server reads and drops the rest, so its close cannot reset the answer away
    byte[] body = new byte[3 * 1024 * 1024];
    Arrays.fill(body, (byte) 'x');
    Exchange exchange =
        RawHttp.keepAlive(
            "POST /api/funnel-documents HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nAuthorization: Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)),
            body,
            SETTLE_MILLIS);
    closingProblem(exchange, 413, "payload-too-large");
  }

  @Test
  void aRequestWithinTheLimitsKeepsItsConnection() throws Exception {
    // the control: the server closes only what it refused
    Exchange exchange =
        RawHttp.keepAlive("GET /api/funnels HTTP/1.1\r\nHost: localhost", null, 1_000);
    assertThat(exchange.answer().status()).isEqualTo(200);
    assertThat(exchange.answer().header("Connection")).isNull();
    assertThat(exchange.ending()).isEqualTo(Ending.OPEN);
  }

  @Test
  void beyondTheCodecLimitsVertxAnswersAnEmptyStatusAndCloses() throws Exception {
    // docs/security.md: a request line or headers over 64 KB never reach the router; Vert.x's
    // default invalid-request handler answers them, and no Quarkus 3.33 hook can replace it.
    // Without a request line Netty's decoder makes up an HTTP/1.0 request, hence the 1.0 answer.
    Exchange line =
        RawHttp.keepAlive(
            "GET /api/funnels?q=" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: localhost",
            null,
            SETTLE_MILLIS);
    assertThat(line.statusLine()).startsWith("HTTP/1.0 414 ");
    assertThat(line.answer().header("Content-Type")).isNull();
    assertThat(line.answer().body()).isEmpty();
    assertThat(line.ending()).isNotEqualTo(Ending.OPEN);

    // the request line was read, so this one is answered in HTTP/1.1, without Connection: close,
    // and the connection is closed all the same
    Exchange headers =
        RawHttp.keepAlive(
            "GET /api/funnels HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(70_000),
            null,
            SETTLE_MILLIS);
    assertThat(headers.statusLine()).startsWith("HTTP/1.1 431 ");
    assertThat(headers.answer().header("Content-Type")).isNull();
    assertThat(headers.answer().header("Connection")).isNull();
    assertThat(headers.answer().body()).isEmpty();
    assertThat(headers.ending()).isNotEqualTo(Ending.OPEN);
  }
}
