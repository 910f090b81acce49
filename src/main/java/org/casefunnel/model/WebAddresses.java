package org.casefunnel.model;

/**
 * The syntax of a source's web address, shared by sources and reconciliation requests: http or
 * https (in any case, as RFC 3986 section 3.1 reads a scheme), then no white space (Unicode's
 * spaces and line separators included) and none of the characters RFC 3986 leaves out of a URI
 * ({@code < > " { } | \ ^ `}), which pages and exports would otherwise have to escape wherever the
 * address is shown or linked. Other Unicode characters are kept, as browsers copy them.
 */
public final class WebAddresses {

  public static final String PATTERN =
      "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000<>\"{}|\\\\^`]+$";

  public static final String MESSAGE =
      "must be an http or https URL, without spaces or any of < > \" { } | \\ ^ `";

  private WebAddresses() {}
}
