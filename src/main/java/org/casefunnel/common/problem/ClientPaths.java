package org.casefunnel.common.problem;

/**
 * The path a client asked for, as a problem names it ({@code instance}, "No resource at ..."). The
 * HTML pages are asked for at the site root ({@code /}, {@code /funnels/{id}}) and routed inside
 * the server to operations under {@link #PAGES}; a problem names the address the client used, not
 * that internal one.
 */
public final class ClientPaths {

  /** Where the site-root pages are routed inside the server. */
  public static final String PAGES = "/api/pages";

  private ClientPaths() {}

  /** {@code path} as the client sent it: an internal page path back at the site root. */
  public static String of(String path) {
    if (path == null || !path.startsWith(PAGES)) {
      return path;
    }
    String rest = path.substring(PAGES.length());
    if (rest.isEmpty()) {
      return "/";
    }
    return rest.startsWith("/") ? rest : path;
  }
}
