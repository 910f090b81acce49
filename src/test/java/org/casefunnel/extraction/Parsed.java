package org.casefunnel.extraction;

import java.util.List;

/** The quantities a text reads as, for the refusal tests: one parser, one way to list them. */
final class Parsed {

  static final QuantityParser PARSER = new QuantityParser();

  private Parsed() {}

  /** The wording of every quantity read in {@code text}, in order. */
  static List<String> wordings(String text) {
    return PARSER.parseAll(text).stream().map(q -> q.span().text()).toList();
  }
}
