package org.casefunnel.common.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies that are not the JSON their schema asks for, as problems with JSON pointers: not
 * well-formed, a duplicate key, a wrong type, an unknown member. Beside {@link ProblemMappers},
 * whose answers these are; nothing from Jackson's messages reaches the client.
 */
@Singleton
public class JsonProblemMappers {

  private final BeanChecks checks;

  public JsonProblemMappers(BeanChecks checks) {
    this.checks = checks;
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonParseException e, UriInfo uri) {
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    String pointer = JsonPointers.at(e);
    if (JsonPointers.duplicateKey(e)) {
      return ProblemMappers.respond(
          ProblemType.MALFORMED_REQUEST,
          "The request body has the key " + pointer + " twice" + where + ".",
          List.of(new ProblemError(pointer, "duplicate key")),
          uri);
    }
    return ProblemMappers.respond(
        ProblemType.MALFORMED_REQUEST,
        "The request body is not well-formed JSON" + where + ".",
        pointer.isEmpty() ? List.of() : List.of(new ProblemError(pointer, "not well-formed")),
        uri);
  }

  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    return wrongJson(e, uri);
  }

  @ServerExceptionMapper
  public Response mappingJson(JsonMappingException e, UriInfo uri) {
    return wrongJson(e, uri);
  }

  @ServerExceptionMapper
  public Response otherJson(JsonProcessingException e, UriInfo uri) {
    return ProblemMappers.respond(
        ProblemType.MALFORMED_REQUEST,
        "The request body could not be read as JSON.",
        List.of(),
        uri);
  }

  Response wrongJson(JsonMappingException e, UriInfo uri) {
    // a parse error inside a nested value (a duplicate key, say) arrives wrapped in the mapping
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof JsonParseException parse) {
        return unreadableJson(parse, uri);
      }
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
      return ProblemMappers.respond(
          ProblemType.MALFORMED_REQUEST,
          "The request body is not well-formed JSON: it ends before the value is complete.",
          List.of(),
          uri);
    }
    if (e instanceof UnknownMembersException unknown) {
      return ProblemMappers.of(unknown.problem(checks), uri);
    }
    String pointer = pointer(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      return ProblemMappers.of(ProblemException.invalid(pointer, Members.unknown(unknown)), uri);
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
      return ProblemMappers.respond(
          ProblemType.MALFORMED_REQUEST,
          "The request body holds more than one JSON value: nothing may follow the document.",
          List.of(),
          uri);
    }
    if (pointer.isEmpty()) {
      return ProblemMappers.respond(
          ProblemType.MALFORMED_REQUEST,
          "The request body does not have the expected structure.",
          List.of(),
          uri);
    }
    return ProblemMappers.of(wrongValue(pointer, e), uri);
  }

  /**
   * A value of the wrong type or form at {@code pointer}, in a body or a merge patch; a value
   * outside an enum names the values the member takes, as the spec lists them.
   */
  public static ProblemException wrongValue(String pointer, JsonMappingException e) {
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      String allowed = "must be one of " + String.join(", ", wireValues(f.getTargetType()));
      return new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          "The value at " + pointer + " " + allowed + ".",
          List.of(new ProblemError(pointer, allowed)));
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() == LocalDate.class
        && !(f.getValue() instanceof LocalDate)) {
      // not written as a date (a date outside the storable years has the general wording)
      String date = "must be a date as YYYY-MM-DD";
      return new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          "The value at " + pointer + " " + date + ".",
          List.of(new ProblemError(pointer, date)));
    }
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        "The value at " + pointer + " has the wrong type or form.",
        List.of(new ProblemError(pointer, "wrong type or form")));
  }

  /** An enum's values as JSON writes them: through its {@code @JsonValue} method, else its name. */
  static List<String> wireValues(Class<?> type) {
    Method wire = null;
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
        wire = m;
      }
    }
    List<String> out = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      try {
        out.add(wire == null ? ((Enum<?>) constant).name() : String.valueOf(wire.invoke(constant)));
      } catch (ReflectiveOperationException ex) {
        out.add(((Enum<?>) constant).name());
      }
    }
    return out;
  }

  /** Jackson's reference path as an RFC 6901 JSON pointer. */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      sb.append('/');
      if (r.getFieldName() != null) {
        sb.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        sb.append(r.getIndex());
      }
    }
    return sb.toString();
  }
}
