package org.casefunnel.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-labelled reconciliation set under src/test/resources/reconciliation/. */
final class EvaluationSet {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "reconciliation/";

  /** One text, the funnel it is reconciled against, and its labels. */
  record Case(
      String text,
      String body,
      ObjectNode funnel,
      String title,
      String publisher,
      String publishedOn,
      List<Label> labels) {}

  /** A labelled quantity: found by a string its wording contains, and its n-th occurrence. */
  record Label(String find, int occurrence, String stage, String classification) {}

  private EvaluationSet() {}

  static List<Case> load() {
    JsonNode root = json(DIR + "cases.json");
    List<Case> out = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      List<Label> labels = new ArrayList<>();
      for (JsonNode l : c.get("labels")) {
        labels.add(
            new Label(
                l.get("find").asText(),
                l.has("occurrence") ? l.get("occurrence").asInt() : 1,
                l.get("stage").isNull() ? null : l.get("stage").asText(),
                l.get("classification").asText()));
      }
      String funnel = c.get("funnel").asText();
      out.add(
          new Case(
              c.get("text").asText(),
              text(DIR + c.get("text").asText()),
              funnel.equals("seed") ? seed() : (ObjectNode) json(DIR + funnel),
              c.get("title").asText(),
              c.get("publisher").asText(),
              c.get("publishedOn").isNull() ? null : c.get("publishedOn").asText(),
              labels));
    }
    return out;
  }

  /** The seed funnel document, as the service loads it on a new database. */
  static ObjectNode seed() {
    return (ObjectNode) json("seed/met-review-article.funnel.json");
  }

  static JsonNode json(String resource) {
    try {
      return JSON.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
