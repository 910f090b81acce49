package org.casefunnel.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A body read in full that had members its schema does not have: every one of them with its JSON
 * pointer, and the value read without them, so that its other errors can be reported alongside (see
 * StrictJson).
 */
public class UnknownMembersException extends JsonMappingException {

  private final transient List<ProblemError> unknown;
  private final transient Object value;

  public UnknownMembersException(JsonParser parser, List<ProblemError> unknown, Object value) {
    super(parser, unknown.size() + " unknown members");
    this.unknown = List.copyOf(unknown);
    this.value = value;
  }

  /**
   * The unknown members, and, for a body {@link CompleteAsSent}, what Bean Validation ({@code
   * checks}, unless null) finds wrong in the rest, in pointer order.
   */
  public ProblemException problem(BeanChecks checks) {
    List<ProblemError> errors = new ArrayList<>(unknown);
    if (checks != null && value instanceof CompleteAsSent) {
      errors.addAll(checks.check(value, ""));
    }
    errors.sort(Comparator.comparing(ProblemError::pointer).thenComparing(ProblemError::detail));
    return ProblemException.invalid(errors);
  }
}
