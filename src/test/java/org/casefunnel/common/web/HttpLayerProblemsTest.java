package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.casefunnel.support.RawHttp;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/**
 * Errors raised below JAX-RS (issue 15) are problem documents like every other error, and the
 * connection is closed politely when it cannot carry another request.
 */
@QuarkusTest
class HttpLayerProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    // raised below JAX-RS, stored by no cache all the same
    assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).startsWith("urn:case-funnel:problem:");
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).doesNotContain("Exception");
    return body;
  }

  @Test
  void unknownPathsOutsideTheApiAreNotFoundProblems() throws Exception {
    JsonNode body = problem(RawHttp.get("/no-such-page"), 404);
    assertThat(body.path("type").asText()).isEqualTo("urn:case-funnel:problem:not-found");
    problem(RawHttp.get("/q/no-such-endpoint"), 404);
  }

  @Test
  void everyRefusalOutsideTheApiIsAProblem() throws Exception {
    java.util.List<Integer> statuses = new java.util.ArrayList<>();
    for (String request :
        new String[] {
          "POST /q/health HTTP/1.1",
          "DELETE /q/openapi HTTP/1.1",
          "PUT /q/metrics HTTP/1.1",
          "DELETE / HTTP/1.1"
        }) {
      RawHttp.Answer answer =
          RawHttp.send(request + "\r\nHost: localhost\r\nContent-Length: 0", new byte[0]);
      statuses.add(answer.status());
      if (answer.status() >= 400) {
        problem(answer, answer.status());
      }
    }
    // the HTML page answered a bare 405 before issue 15
    assertThat(statuses).contains(405);
  }

  @Test
  void aMalformedPercentEncodingIsAMalformedRequestProblem() throws Exception {
    // Quarkus answered these with an empty 400 before any route ran (issue 15)
    for (String target :
        new String[] {"/api/funnels/%zz", "/api/funnels/%", "/api/funnels?q=%zz", "/%zz/x"}) {
      RawHttp.Answer answer = RawHttp.get(target);
      JsonNode body = problem(answer, 400);
      assertThat(body.path("type").asText())
          .as(target)
          .isEqualTo("urn:case-funnel:problem:malformed-request");
      assertThat(answer.header("Connection")).as(target).isEqualToIgnoringCase("close");
    }
  }

  @Test
  void aMalformedTargetOnAWriteIsAProblemBeforeAuthentication() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(
            "DELETE /api/funnels/%zz HTTP/1.1\r\nHost: localhost\r\nIf-Match: *"
                + "\r\nContent-Length: 2",
            "{}".getBytes(StandardCharsets.US_ASCII));
    problem(answer, 400);
  }

  @Test
  void aLongUriIsAUriTooLongProblemAndTheConnectionCloses() throws Exception {
    RawHttp.Answer answer = RawHttp.get("/api/funnels?q=" + "x".repeat(5_000));
    JsonNode body = problem(answer, 414);
    assertThat(body.path("type").asText()).isEqualTo("urn:case-funnel:problem:uri-too-long");
    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
  }

  @Test
  void largeHeadersAreAHeadersTooLargeProblem() throws Exception {
    String[] headers = new String[30];
    for (int i = 0; i < headers.length; i++) {
      headers[i] = "X-Filler-" + i + ": " + "y".repeat(1_000);
    }
    RawHttp.Answer answer = RawHttp.get("/api/funnels", headers);
    problem(answer, 431);
    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
  }

  @Test
  void aCorsRefusalIsAForbiddenProblem() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(
            "TRACE /api/funnels HTTP/1.1\r\nHost: localhost\r\nOrigin: https://dash.example"
                + "\r\nContent-Length: 0",
            new byte[0]);
    problem(answer, 403);
  }

  @Test
  void aChunkedBodyOverTheLimitIsAPayloadTooLargeProblemAndTheConnectionCloses() throws Exception {
    // the test profile's limit is 2 MB; chunks of 64 KB up to 3 MB
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] chunk = "x".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
    // well-formed so far, so the server keeps reading instead of refusing the JSON
    byte[] start =
        "{\"funnel\":{\"id\":\"chunked\",\"title\":\"".getBytes(StandardCharsets.US_ASCII);
    body.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(start);
    body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 48; i++) {
      body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      body.write(chunk);
      body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    RawHttp.Answer answer =
        RawHttp.send(
            "POST /api/funnel-documents HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Authorization: Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)),
            body.toByteArray());
    JsonNode problem = problem(answer, 413);
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:case-funnel:problem:payload-too-large");
    assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
  }
}
