package org.casefunnel.extraction;

import java.util.Set;

/** The closed word lists {@link SubjectReader} reads subjects with. */
final class SubjectWords {

  private SubjectWords() {}

  /** Words between a subject and its verb that carry no identity: "Sir Mark also warned". */
  static final Set<String> SKIPPED =
      Set.of(
          "also",
          "later",
          "then",
          "previously",
          "repeatedly",
          "again",
          "further",
          "today",
          "yesterday",
          "separately",
          "however",
          "once",
          "recently",
          "had",
          "has",
          "have",
          "was",
          "would",
          "will");

  static final Set<String> LEADING_NON_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "But",
          "And",
          "However",
          "So",
          "Then",
          "Meanwhile",
          "Yesterday",
          "Today",
          "It",
          "This",
          "That",
          "When",
          "As",
          "During",
          "Speaking",
          "Asked",
          "Last");

  static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "council",
          "force",
          "police",
          "department",
          "ministry",
          "government",
          "office",
          "authority",
          "service",
          "trust",
          "agency",
          "commission",
          "report",
          "review",
          "inquiry",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "source",
          "sources",
          "statement");

  /** Plural groups that speak without a determiner: "organisers said". */
  static final Set<String> GROUPS =
      Set.of(
          "organisers",
          "campaigners",
          "officials",
          "researchers",
          "police",
          "ministers",
          "officers",
          "detectives",
          "prosecutors",
          "critics",
          "charities",
          "councillors");

  static final Set<String> SPOKESPEOPLE =
      Set.of("spokesperson", "spokesman", "spokeswoman", "source", "sources", "statement");

  static final Set<String> PRONOUNS = Set.of("he", "she");
  static final Set<String> ARTICLES = Set.of("The", "A", "An");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "its");
}
