package org.casefunnel.extraction;

/**
 * Who a speech verb points at, as written: a name, a pronoun, a role ("the commissioner") or a body
 * ("A Home Office spokesperson"). Start and end are char offsets into the sentence.
 */
record Subject(Kind kind, String words, String role, int start, int end) {

  enum Kind {
    NAME,
    PRONOUN,
    ROLE,
    ORGANISATION
  }

  Subject withRole(String appositive) {
    return role == null && appositive != null
        ? new Subject(kind, words, appositive, start, end)
        : this;
  }

  Subject from(int newStart) {
    return new Subject(kind, words, role, newStart, end);
  }
}
