package org.casefunnel.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of request bodies, reported as problem errors with JSON pointers. Bodies are
 * checked here rather than with {@code @Valid} so that a funnel document's structural and semantic
 * errors end up in one problem together.
 */
@ApplicationScoped
public class BeanChecks {

  private final Validator validator;

  public BeanChecks(Validator validator) {
    this.validator = validator;
  }

  /** Every constraint the value breaks, as errors pointing below {@code prefix}. */
  public List<ProblemError> check(Object value, String prefix) {
    List<ProblemError> errors = new ArrayList<>();
    if (value == null) {
      errors.add(new ProblemError(prefix.isEmpty() ? "" : prefix, "must not be null"));
      return errors;
    }
    for (ConstraintViolation<Object> v : validator.validate(value)) {
      errors.add(new ProblemError(prefix + pointer(v.getPropertyPath()), v.getMessage()));
    }
    errors.sort(Comparator.comparing(ProblemError::pointer).thenComparing(ProblemError::detail));
    return errors;
  }

  /**
   * Throws a validation problem when the request body breaks any constraint, and a 400 when there
   * is none: an empty body is not JSON, so nothing in it can point at what is wrong.
   */
  public void require(Object body) {
    if (body == null) {
      throw ProblemException.noBody();
    }
    List<ProblemError> errors = check(body, "");
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      } else if (n.isInIterable() && n.getKey() != null) {
        sb.append('/').append(escape(String.valueOf(n.getKey())));
      }
      String name = n.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append('/').append(escape(name));
      }
    }
    return sb.toString();
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
