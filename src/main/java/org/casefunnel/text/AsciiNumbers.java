package org.casefunnel.text;

import java.util.regex.Pattern;

/**
 * Whole numbers in URLs as the service writes them. {@code Long.valueOf} also reads "+1", "１" (full
 * width) and "١" (Arabic-Indic) as 1, so other URLs would alias a page or a resource.
 */
public final class AsciiNumbers {

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern ID = Pattern.compile("0|[1-9][0-9]*");

  private AsciiNumbers() {}

  /** A whole number in ASCII digits with an optional minus; else a NumberFormatException. */
  public static String whole(String value) {
    if (value == null || !WHOLE.matcher(value).matches()) {
      throw new NumberFormatException(value);
    }
    return value;
  }

  /** A numeric id as the service writes it (no sign, no leading zero), or null: names nothing. */
  public static Long id(String value) {
    if (value == null || !ID.matcher(value).matches()) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null; // beyond the range of an id
    }
  }
}
