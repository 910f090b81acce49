package org.casefunnel.pages;

import io.quarkus.qute.TemplateExtension;
import org.casefunnel.text.Plurals;

/** A unit in the plural on the pages ("counts children"), as the charts and notes write it. */
@TemplateExtension
final class ReadableUnits {

  private ReadableUnits() {}

  static String plural(String unit) {
    return Plurals.plural(unit);
  }
}
