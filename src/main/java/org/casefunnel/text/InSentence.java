package org.casefunnel.text;

import java.util.Locale;

/**
 * A stage label as it reads inside a sentence ("of reviewed cases"): its first letter in lower case
 * where it is only a capital for the start of the label, so names and abbreviations keep theirs
 * ("of NSPCC referrals", "of reviewed by the CPS panel", never "of nspcc referrals").
 */
public final class InSentence {

  private InSentence() {}

  public static String label(String label) {
    if (label == null || label.isEmpty()) {
      return label;
    }
    int first = label.codePointAt(0);
    int next = Character.charCount(first);
    // an acronym ("NSPCC", "CPS-led") or a single capital keeps its case
    if (!Character.isUpperCase(first)
        || next >= label.length()
        || !Character.isLowerCase(label.codePointAt(next))) {
      return label;
    }
    String word = label.split("[\\s-]", 2)[0];
    // a name of more than one capital inside its first word ("McDonald", "iPhone") keeps it
    if (word.codePoints().skip(1).anyMatch(Character::isUpperCase)) {
      return label;
    }
    return label.substring(0, next).toLowerCase(Locale.ROOT) + label.substring(next);
  }
}
