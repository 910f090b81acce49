package org.casefunnel.model;

/**
 * A repository of resources that belong to one funnel and have two names: a numeric id of their
 * own, and a key in their funnel. Routes take either; both become a {@link Target}, so what a route
 * does is written once.
 */
public interface InFunnel<T> {

  /** The funnel the resource belongs to, or a 404 when there is no such resource. */
  String funnelOf(long id);

  /** The resource by numeric id, or a 404. */
  T require(long id);

  /** The resource a funnel calls {@code key}, or a 404. */
  T require(String funnelId, String key);

  /** The resource with numeric id {@code id}, as the target of a change. */
  default Target<T> byId(long id) {
    return new Target<>(() -> funnelOf(id), funnel -> require(id));
  }

  /** The resource its funnel calls {@code key}, as the target of a change. */
  default Target<T> byKey(String funnelId, String key) {
    return new Target<>(() -> funnelId, funnel -> require(funnel.id, key));
  }
}
