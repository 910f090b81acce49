package org.casefunnel.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.casefunnel.funnel.FunnelView;

/**
 * Imports with an {@code Idempotency-Key}: the first request with a key imports and its answer is
 * remembered; a replay gets that answer again and stores nothing; the same key with another body is
 * a 422; a duplicate arriving while the first is still running is a 409.
 */
@ApplicationScoped
public class IdempotentImports {

  private final IdempotencyStore store;
  private final DocumentService documents;
  private final ObjectMapper json;

  public IdempotentImports(IdempotencyStore store, DocumentService documents, ObjectMapper json) {
    this.store = store;
    this.documents = documents;
    this.json = json;
  }

  /** Longest key a client may choose (the column's size); the spec states the same bound. */
  public static final int MAX_KEY_LENGTH = 200;

  /** What the first request answered, so that a replay answers the same, ETag included. */
  public record Answer(int status, URI location, String body, String etag) {}

  /**
   * The key a request sent, from the header's lines as received; null when it sent none. A key that
   * is empty, blank or too long, or a header on several lines, is a 400: an import the client meant
   * to make safe to retry must never run as one that is not, nor under a key it did not mean. The
   * field is a single value, so RFC 9110 section 5.3 makes it invalid on two lines even when they
   * agree (the lines would combine into a list, which no key is).
   */
  public static String key(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    if (lines.size() > 1) {
      throw ProblemException.badParameter(
          "Idempotency-Key", "was sent on " + lines.size() + " header lines; send it once");
    }
    String key = lines.get(0);
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.badParameter(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters, not blank");
    }
    return key;
  }

  public Answer importOnce(
      String key, String principal, FunnelDocument doc, Function<FunnelView, URI> locate) {
    String hash = hash(doc);
    try {
      store.claim(key, principal, hash);
    } catch (PersistenceException taken) {
      return replay(key, hash, principal, doc, locate);
    }
    try {
      return importAndRemember(key, doc, locate);
    } catch (RuntimeException e) {
      store.release(key);
      throw e;
    }
  }

  @Transactional
  public Answer importAndRemember(
      String key, FunnelDocument doc, Function<FunnelView, URI> locate) {
    FunnelView created = documents.importDocument(doc);
    String body = write(created);
    URI location = locate.apply(created);
    store.complete(key, 201, location.toString(), body);
    return new Answer(201, location, body, created.etag());
  }

  private Answer replay(
      String key,
      String hash,
      String principal,
      FunnelDocument doc,
      Function<FunnelView, URI> locate) {
    Optional<IdempotencyStore.Entry> found = store.find(key);
    if (found.isEmpty()) {
      // the other request failed and released the key in the meantime: this one may go ahead
      return importOnce(key, principal, doc, locate);
    }
    IdempotencyStore.Entry e = found.get();
    if (!e.requestHash().equals(hash) || !e.principal().equals(principal)) {
      throw ProblemException.invalid(
          "Idempotency-Key", "was used before with a different request body; use a new key");
    }
    if (e.status() == null) {
      if (e.createdAt().isBefore(Instant.now().minus(IdempotencyStore.ABANDONED_AFTER))
          && store.releaseIfAbandoned(key, e.createdAt())) {
        return importOnce(key, principal, doc, locate);
      }
      throw new ProblemException(
          ProblemType.CONFLICT,
          "A request with this Idempotency-Key is still being processed; retry later to get its"
              + " answer.");
    }
    return new Answer(
        e.status(),
        e.location() == null ? null : URI.create(e.location()),
        e.body(),
        etagOf(e.body()));
  }

  /** The ETag of a stored answer: the funnel view it holds names its version. */
  private String etagOf(String body) {
    try {
      return json.readValue(body, FunnelView.class).etag();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored import answer could not be read", e);
    }
  }

  private String write(FunnelView view) {
    try {
      return json.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A funnel view could not be written as JSON", e);
    }
  }

  /** SHA-256 of the document as read, so formatting differences do not count as another body. */
  private String hash(FunnelDocument doc) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(md.digest(json.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("The request could not be hashed", e);
    }
  }
}
