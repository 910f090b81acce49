package org.casefunnel.security;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The hostile pieces a request is built from: JSON value fragments, raw bodies, path segments,
 * query values and header values. Each list starts with its most ordinary entry, so that jqwik
 * shrinks a failing request towards the plainest one that still fails.
 */
final class HostileParts {

  /** A header left out. */
  static final String NONE = "(none)";

  /** The operation's own media type. */
  static final String OWN = "(own)";

  private HostileParts() {}

  /** JSON text of one value: wrong types, extreme numbers, odd strings, deep nesting. */
  static Arbitrary<String> jsonValues() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "\"x\"",
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "125.0",
            "1e2",
            "-0.0",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "99999999999999999999999999999999999999",
            "1e400",
            "-1e400",
            "\"NaN\"",
            "\"Infinity\"",
            "\"-Infinity\"",
            "\"123\"",
            "\"true\"",
            "\"\"",
            "\" \"",
            "\"\\u0000\"",
            "\"\\u0000true\"",
            "\"a\\u0000b\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"\\ud83d\\ude00\"",
            "\"\\u202eevil\"",
            "\"<script>alert(1)</script>\"",
            "\"'; DROP TABLE funnel; --\"",
            "\"../../etc/passwd\"",
            "\"${jndi:ldap://x/y}\"",
            "\"2026-13-45\"",
            "\"2026-02-30\"",
            "\"-999999999-01-01\"",
            "\"+999999999-12-31\"",
            "[]",
            "{}",
            "[null]",
            "[\"x\",\"x\"]",
            "{\"$gt\":\"\"}"),
        Arbitraries.integers().between(1, 3_000).map(n -> "[".repeat(n) + "]".repeat(n)),
        Arbitraries.integers()
            .between(1, 3_000)
            .map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
        Arbitraries.integers().between(1, 30_000).map(n -> "\"" + "y".repeat(n) + "\""),
        Arbitraries.integers().between(1, 3_000).map(n -> "\"" + "\\ud83d\\ude00".repeat(n) + "\""),
        Arbitraries.integers().between(1, 400).map(n -> "9".repeat(n)),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .ofMaxLength(40)
            .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
  }

  /** Whole bodies that are not the operation's document at all. */
  static Arbitrary<byte[]> rawBodies() {
    return Arbitraries.oneOf(
        Arbitraries.of(
                "",
                "{}",
                "null",
                "[]",
                "\"x\"",
                "0",
                "{",
                "}",
                "{\"a\":}",
                "{'a':1}",
                "{\"a\":1,}",
                "\u0000",
                "\uFEFF{}",
                "{\"a\":1}{\"b\":2}",
                "<xml/>",
                "a=1&b=2")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(
            new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
            new byte[] {
              '{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
            }),
        Arbitraries.integers()
            .between(1, 5_000)
            .map(n -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.US_ASCII)),
        Arbitraries.strings().all().ofMaxLength(100).map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }

  /** Raw (already percent-encoded, or deliberately malformed) path segments. */
  static Arbitrary<String> pathSegments() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "x",
            "%zz",
            "%",
            "%2",
            "%%",
            "%FF",
            "%u0041",
            ".",
            "..",
            "%2e",
            "%2e%2e",
            "%2E%2E",
            ".%2e",
            "%2F",
            "a%2Fb",
            "a%5Cb",
            "a%00b",
            "%00",
            "%C0%AE%C0%AE",
            "%ED%A0%80",
            "%C3%BC",
            "%F0%9F%98%80",
            "%EF%BF%BF",
            "%E2%80%AE",
            "%20",
            "a+b",
            "a;b",
            "a;jsessionid=1",
            "~",
            "-1",
            "0",
            "00000000000000000001",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "1e999",
            "NaN",
            "%27%20OR%201=1--",
            "%3Cscript%3E",
            "*",
            "@",
            "a:b"),
        Arbitraries.integers().between(1, 6_000).map("y"::repeat),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
  }

  /** Raw query-parameter values. */
  static Arbitrary<String> queryValues() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "1",
            "",
            "0",
            "-1",
            "10",
            "200",
            "201",
            "2147483648",
            "9223372036854775808",
            "1e9",
            "1.5",
            "NaN",
            "true",
            "csv",
            "json",
            "x",
            "2026-01-01",
            "2026-02-30",
            "2026-01-01T00:00:00Z",
            "-999999999-01-01",
            "%00",
            "%zz",
            "%",
            "%ED%A0%80",
            "%C3%BC",
            "a%2Cb",
            "a,b,c",
            "met-group-cse-review",
            "met-group-cse-review,met-group-cse-review",
            "title,-title",
            "%2e%2e"),
        Arbitraries.integers().between(1, 5_000).map("q"::repeat));
  }

  static Arbitrary<String> accepts() {
    return Arbitraries.of(
        NONE,
        "*/*",
        "",
        "application/json",
        "application/problem+json",
        "application/*",
        "text/html",
        "text/csv",
        "image/svg+xml",
        "application/xml",
        "text/plain",
        "application/json;q=0",
        "application/json;q=abc",
        "*/*;q=0",
        "text/csv;q=0.1, application/json",
        "garbage",
        "/",
        ";;;",
        "application/json, , ,",
        "\u00e9/\u00e9");
  }

  static Arbitrary<String> ifMatches() {
    return Arbitraries.of(
        NONE,
        "*",
        "\"stale\"",
        "W/\"stale\"",
        "* , \"x\"",
        "\"a\", \"b\"",
        "\"unterminated",
        "garbage",
        "",
        ",",
        "\"\"",
        "\"x\"" + ", \"y\"".repeat(200));
  }

  static Arbitrary<String> ifNoneMatches() {
    return Arbitraries.of(NONE, "*", "\"x\"", "W/\"x\"", "garbage", "", "\"x\", *");
  }

  /** Content types, mostly the operation's own. */
  static Arbitrary<String> contentTypes() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(OWN)),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.of(
                NONE,
                "",
                "text/plain",
                "application/xml",
                "application/json; charset=utf-16",
                "application/json; charset=bogus",
                "application/json;;",
                "application/merge-patch+json",
                "application/json",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/*",
                "garbage")));
  }
}
