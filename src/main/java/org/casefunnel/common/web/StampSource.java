package org.casefunnel.common.web;

import java.util.Optional;

/** Looks up the stamp of the data behind a cached response, without building the response. */
public interface StampSource {

  /** The stamp, or empty when the resource does not exist (the operation then answers 404). */
  Optional<Stamp> stamp(Cached.Scope scope, String id);

  /**
   * The stamp if it is known without any I/O (safe on the event loop), else empty: empty does not
   * mean the resource is missing, only that {@link #stamp} must be asked.
   */
  default Optional<Stamp> inMemory(Cached.Scope scope, String id) {
    return Optional.empty();
  }
}
