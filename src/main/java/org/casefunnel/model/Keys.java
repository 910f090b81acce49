package org.casefunnel.model;

/**
 * The syntax of the keys that name stages, statements and sources in URLs and documents: one plain
 * URL path segment. A key may not start with a dot, so '.' and '..' (which clients and proxies
 * resolve as the current and parent path segment) can never name a resource.
 */
public final class Keys {

  // anchored: JSON Schema's pattern is a search, so clients validating against the spec need them
  public static final String PATTERN = "^[A-Za-z0-9_-][A-Za-z0-9_.-]*$";

  public static final String MESSAGE =
      "may hold only letters, digits, '_', '.' and '-', and may not start with '.'";

  private Keys() {}
}
