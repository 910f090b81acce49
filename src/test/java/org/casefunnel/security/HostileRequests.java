package org.casefunnel.security;

import static org.casefunnel.security.HostileParts.NONE;
import static org.casefunnel.security.HostileParts.OWN;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for the operations of the served spec: real identifiers mixed with hostile path
 * segments, declared and unknown query parameters with hostile values, odd Accept, If-Match,
 * If-None-Match and Content-Type headers, and bodies made from the spec's own request example with
 * one hostile change (a value of the wrong type or size, an unknown or duplicate key, a removed
 * field) or replaced by something that is not the document at all.
 */
final class HostileRequests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOLE = "@@hostile@@";

  private enum BodyChange {
    NONE,
    FRESH_ID,
    REPLACE,
    UNKNOWN_FIELD,
    DUPLICATE_KEY,
    REMOVE,
    RAW
  }

  /** Real values for path parameters, by parameter name ({@code funnelId}, {@code key}, ...). */
  private final Map<String, List<String>> pool;

  HostileRequests(Map<String, List<String>> pool) {
    this.pool = pool;
  }

  Arbitrary<FuzzRequest> forOperation(LiveSpec.Operation op) {
    Arbitrary<String> target = Combinators.combine(path(op), query(op)).as((p, q) -> p + q);
    return Combinators.combine(target, headers(op), body(op))
        .as((t, h, b) -> new FuzzRequest(op, t, h, b));
  }

  private Arbitrary<String> path(LiveSpec.Operation op) {
    Arbitrary<String> path = Arbitraries.just(op.template());
    for (String name : op.parameters("path")) {
      List<String> real = pool.getOrDefault(name, List.of("x"));
      Arbitrary<String> value =
          Arbitraries.frequencyOf(
              Tuple.of(7, Arbitraries.of(real)), Tuple.of(3, HostileParts.pathSegments()));
      path = Combinators.combine(path, value).as((p, v) -> p.replace("{" + name + "}", v));
    }
    return path;
  }

  private Arbitrary<String> query(LiveSpec.Operation op) {
    List<String> names = new ArrayList<>(op.parameters("query"));
    names.addAll(List.of("unknown", "page", "format", "%zz", "a%00"));
    Arbitrary<String> one =
        Combinators.combine(Arbitraries.of(names), HostileParts.queryValues())
            .as((n, v) -> n + "=" + v);
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just("")),
        Tuple.of(5, one.list().ofMinSize(1).ofMaxSize(4).map(l -> "?" + String.join("&", l))),
        Tuple.of(1, Arbitraries.of("?", "?&&=", "?=", "?%zz", "?a=1&a=2&a=3", "?#frag")));
  }

  private Arbitrary<List<String>> headers(LiveSpec.Operation op) {
    boolean write = !op.method().equals("get");
    Arbitrary<String> ifMatch =
        write
            ? Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("*")), Tuple.of(3, HostileParts.ifMatches()))
            : HostileParts.ifMatches();
    Arbitrary<String> idempotency =
        Arbitraries.of(NONE, "key-1", "", "k".repeat(300), "a b", "\u00e9");
    return Combinators.combine(
            HostileParts.accepts(),
            ifMatch,
            HostileParts.ifNoneMatches(),
            HostileParts.contentTypes(),
            idempotency,
            Arbitraries.of(true, true, true, false))
        .as(
            (accept, im, inm, ct, key, editor) -> {
              List<String> h = new ArrayList<>();
              add(h, "Accept", accept);
              add(h, "If-Match", im);
              add(h, "If-None-Match", inm);
              var media = op.body();
              String own = media == null ? NONE : media.getKey();
              add(h, "Content-Type", OWN.equals(ct) ? own : ct);
              if (op.parameters("header").contains("Idempotency-Key")) {
                add(h, "Idempotency-Key", key);
              }
              if (!editor) {
                h.add("Authorization: none");
              }
              return h;
            });
  }

  private static void add(List<String> headers, String name, String value) {
    if (!NONE.equals(value)) {
      headers.add(name + ": " + value);
    }
  }

  private Arbitrary<byte[]> body(LiveSpec.Operation op) {
    var media = op.body();
    if (media == null) {
      return Arbitraries.frequencyOf(
          Tuple.of(9, Arbitraries.just((byte[]) null)), Tuple.of(1, HostileParts.rawBodies()));
    }
    JsonNode example = media.getValue();
    List<String> pointers = new ArrayList<>();
    pointers(example, "", pointers);
    return Combinators.combine(
            Arbitraries.of(BodyChange.values()),
            Arbitraries.integers().between(0, 10_000),
            HostileParts.jsonValues(),
            HostileParts.rawBodies(),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(10))
        .as(
            (change, at, value, raw, fresh) ->
                change(example, pointers, change, at, value, raw, fresh));
  }

  private static byte[] change(
      JsonNode example,
      List<String> pointers,
      BodyChange change,
      int at,
      String value,
      byte[] raw,
      String fresh) {
    if (change == BodyChange.RAW || !example.isObject() || pointers.isEmpty()) {
      return raw;
    }
    ObjectNode doc = (ObjectNode) example.deepCopy();
    // a new identifier lets a create succeed instead of meeting the example's own (409)
    for (String idField : List.of("/id", "/key", "/funnel/id")) {
      JsonNode parent = doc.at(idField.substring(0, idField.lastIndexOf('/')));
      String field = idField.substring(idField.lastIndexOf('/') + 1);
      if (change != BodyChange.NONE && parent.isObject() && parent.path(field).isTextual()) {
        ((ObjectNode) parent).put(field, "fz-" + fresh);
      }
    }
    String pointer = pointers.get(at % pointers.size());
    String text;
    switch (change) {
      case REPLACE -> {
        set(doc, pointer, TextNode.valueOf(HOLE));
        text = write(doc).replace("\"" + HOLE + "\"", value);
      }
      case UNKNOWN_FIELD -> {
        JsonNode parent = doc.at(parent(pointer));
        (parent.isObject() ? (ObjectNode) parent : doc).put("unknownField" + at % 3, HOLE);
        text = write(doc).replace("\"" + HOLE + "\"", value);
      }
      case DUPLICATE_KEY -> {
        var first = doc.fieldNames().next();
        text = "{\"" + first + "\":" + value + "," + write(doc).substring(1);
      }
      case REMOVE -> {
        JsonNode parent = doc.at(parent(pointer));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent.isObject()) {
          ((ObjectNode) parent).remove(last);
        } else if (parent.isArray()) {
          ((ArrayNode) parent).remove(Integer.parseInt(last));
        }
        text = write(doc);
      }
      default -> text = write(doc);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void set(JsonNode doc, String pointer, JsonNode value) {
    JsonNode parent = doc.at(parent(pointer));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /** JSON pointers of every value below the root (keys in examples need no escaping). */
  private static void pointers(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                out.add(at + "/" + f.getKey());
                pointers(f.getValue(), at + "/" + f.getKey(), out);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(at + "/" + i);
        pointers(node.get(i), at + "/" + i, out);
      }
    }
  }

  private static String write(JsonNode doc) {
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
