package org.casefunnel.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names a reader takes for the same one: two breakdown categories that differ only in how they are
 * encoded ("é" precomposed or "e" with a combining accent), in width ("Ａ" and "A") or in case,
 * including the case pairs that change length ("Straße" and "STRASSE") and the three-form digraphs
 * ("ǅ", "ǆ", "Ǆ"), are one name. The key is compatibility-normalised (NFKC), case-folded by upper
 * then lower case (the JDK has no full case folding; this maps ß to ss as folding does) and
 * normalised again, with the surrounding white space stripped. Only for comparing: text is stored
 * as given.
 */
public final class Caseless {

  private Caseless() {}

  /** The key under which {@code text} compares equal to every text a reader takes for it. */
  public static String key(String text) {
    String compatible = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
    String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC);
  }
}
