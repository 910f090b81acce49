package org.casefunnel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefunnel.support.TestAuth.asEditor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * Adversarial documents and requests generated with jqwik arbitraries against the running service:
 * never a 5xx, every error a problem without internals, nothing partial stored, accepted text
 * returned exactly as sent.
 */
@QuarkusTest
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQ = new AtomicInteger();

  /** Text fields of a funnel document, as (list or object, index, field). */
  private static final List<String[]> TEXT_FIELDS =
      List.of(
          new String[] {"funnel", "", "title"},
          new String[] {"funnel", "", "description"},
          new String[] {"funnel", "", "organisation"},
          new String[] {"sources", "0", "title"},
          new String[] {"sources", "0", "publisher"},
          new String[] {"statements", "0", "speaker"},
          new String[] {"statements", "0", "venue"},
          new String[] {"stages", "0", "label"},
          new String[] {"stages", "0", "definition"},
          new String[] {"figures", "0", "wording"},
          new String[] {"figures", "0", "note"});

  private static final List<String[]> OTHER_FIELDS =
      List.of(
          new String[] {"funnel", "", "id"},
          new String[] {"sources", "0", "id"},
          new String[] {"sources", "0", "url"},
          new String[] {"sources", "0", "publishedOn"},
          new String[] {"statements", "0", "sourceId"},
          new String[] {"statements", "0", "kind"},
          new String[] {"statements", "0", "quote"},
          new String[] {"stages", "0", "key"},
          new String[] {"stages", "1", "baseStage"},
          new String[] {"figures", "0", "count"},
          new String[] {"figures", "0", "low"},
          new String[] {"figures", "0", "status"},
          new String[] {"figures", "0", "asOf"},
          new String[] {"figures", "0", "statementIds"},
          new String[] {"funnel", "", "unit"});

  static Arbitrary<String> hostileStrings() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "'; DROP TABLE funnel; --",
            "\" OR 1=1 --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "../../../../etc/passwd",
            "..%2f..%2fetc%2fpasswd",
            "${jndi:ldap://x/y}",
            "#{7*7}",
            "%s%s%s%n",
            "\u202Eevil\u202C",
            "\uFEFFbom",
            "e\u0301\u0301\u0301",
            "\uD83D\uDE00 \uD83C\uDDEC\uD83C\uDDE7",
            "\u0000nul",
            "\uD800 lone high",
            "\uDC00 lone low",
            "\u0007\u001B[31mred",
            "line\r\nbreak",
            "",
            " ",
            "null"),
        Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().alpha().ofLength(1).map(c -> c.repeat(30_000)),
        Arbitraries.integers().between(1_000, 200_000).map("y"::repeat));
  }

  static Arbitrary<Object> hostileValues() {
    return Arbitraries.oneOf(
        hostileStrings().map(s -> (Object) s),
        Arbitraries.of(
            (Object) Long.MAX_VALUE,
            Long.MIN_VALUE,
            -1,
            0,
            1.5,
            Double.MAX_VALUE,
            true,
            false,
            List.of(),
            Map.of(),
            List.of(List.of(List.of("x"))),
            Map.of("$gt", "")),
        Arbitraries.bigIntegers()
            .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
            .map(b -> (Object) b));
  }

  /** Raw bodies that are not JSON documents at all, or pathological JSON. */
  static Arbitrary<byte[]> rawBodies() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(1, 20_000).map(n -> "[".repeat(n) + "]".repeat(n)),
            Arbitraries.integers().between(1, 20_000).map(n -> "{\"a\":".repeat(n) + "1"),
            Arbitraries.integers()
                .between(400, 5_000)
                .map(n -> "{\"figures\":[{\"count\":" + "9".repeat(n) + "}]}"),
            Arbitraries.of(
                "",
                "null",
                "[]",
                "\"x\"",
                "{",
                "}",
                "{\"funnel\":}",
                "\u0000",
                "{\"funnel\":1e999999}"),
            Arbitraries.strings().all().ofMaxLength(200))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mutatedDocumentsNeverFailTheServerAndAreStoredExactlyOrNotAtAll() throws Exception {
    Arbitrary<Object[]> cases =
        Combinators.combine(
                Arbitraries.of(concat(TEXT_FIELDS, OTHER_FIELDS)),
                hostileValues(),
                Arbitraries.of(true, false))
            .as((field, value, remove) -> new Object[] {field, value, remove});
    cases
        .sampleStream()
        .limit(600)
        .forEach(c -> tryDocument((String[]) c[0], c[1], (Boolean) c[2]));
  }

  @Test
  void malformedBodiesAreProblemsNeverServerErrors() {
    rawBodies()
        .sampleStream()
        .limit(200)
        .forEach(
            body ->
                check(
                    asEditor()
                        .contentType("application/json")
                        .body(body)
                        .post("/api/funnel-documents")));
  }

  @Test
  void hostileIdsInPathsAreProblemsNeverServerErrors() {
    List<String> templates =
        List.of(
            "/api/funnels/%s",
            "/api/funnels/%s/stages/%s",
            "/api/funnels/%s/history",
            "/api/figures/%s",
            "/api/statements/%s/uses",
            "/api/sources/%s",
            "/api/funnels/met-group-cse-review/stages/%s/figures");
    Arbitraries.of(templates)
        .flatMap(t -> hostileStrings().filter(s -> s.length() < 2000).map(s -> new String[] {t, s}))
        .sampleStream()
        .limit(300)
        .forEach(
            p -> {
              String seg =
                  java.net.URLEncoder.encode(p[1], StandardCharsets.UTF_8).replace("+", "%20");
              String path = p[0].replace("%s", seg);
              check(asEditor().urlEncodingEnabled(false).get(path));
              if (p[0].equals("/api/funnels/%s")) {
                check(
                    asEditor()
                        .urlEncodingEnabled(false)
                        .header("If-Match", "*")
                        .contentType("application/json")
                        .body("{}")
                        .put(path));
              }
            });
  }

  @SuppressWarnings("unchecked")
  private void tryDocument(String[] field, Object value, boolean remove) {
    String id = "hostile-" + SEQ.incrementAndGet();
    Map<String, Object> doc = TestDocuments.valid(id);
    Map<String, Object> target =
        field[1].isEmpty()
            ? (Map<String, Object>) doc.get(field[0])
            : ((List<Map<String, Object>>) doc.get(field[0])).get(Integer.parseInt(field[1]));
    if (remove && !field[2].equals("id")) {
      target.remove(field[2]);
    } else {
      target.put(field[2], value);
    }
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Response r =
        asEditor().contentType("application/json").body(body).post("/api/funnel-documents");
    check(r);
    String storedId = target == doc.get("funnel") && field[2].equals("id") ? null : id;
    if (r.statusCode() == 201) {
      if (storedId != null && value instanceof String s && TEXT_FIELDS.contains(field) && !remove) {
        // text comes back exactly as sent
        Response export = asEditor().get("/api/funnels/" + storedId + "/document");
        Object back =
            field[1].isEmpty()
                ? export.path(field[0] + "." + field[2])
                : export.path(field[0] + "[" + field[1] + "]." + field[2]);
        assertThat(back).as("%s.%s", field[0], field[2]).isEqualTo(s);
      }
    } else if (storedId != null) {
      // all or nothing
      assertThat(asEditor().get("/api/funnels/" + storedId).statusCode())
          .as("nothing stored after %d for %s", r.statusCode(), String.join(".", field))
          .isEqualTo(404);
    }
  }

  private static void check(Response r) {
    int status = r.statusCode();
    assertThat(status).as(r.asString()).isLessThan(500);
    if (status >= 400) {
      assertThat(r.contentType()).startsWith("application/problem+json");
      String body = r.asString();
      assertThat(body)
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("org.hibernate")
          .doesNotContain("org.casefunnel")
          .doesNotContain("java.lang")
          .doesNotContain("jakarta.")
          .doesNotContain("com.fasterxml");
      assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
      assertThat(r.jsonPath().getString("type")).startsWith("urn:case-funnel:problem:");
    }
  }

  private static List<String[]> concat(List<String[]> a, List<String[]> b) {
    List<String[]> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
