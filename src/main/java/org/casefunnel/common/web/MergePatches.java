package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casefunnel.common.problem.JsonProblemMappers;
import org.casefunnel.common.problem.Members;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.casefunnel.common.problem.UnknownMembersException;

/**
 * JSON Merge Patch (RFC 7396) over the specs that PUT takes: the current spec is written as JSON,
 * the patch merged into it, and the result read back as a spec, which the caller then validates and
 * stores exactly as a PUT of it. A member the spec does not have is refused (a typo must not be
 * silently ignored).
 */
@ApplicationScoped
public class MergePatches {

  /** The media type of a merge patch. */
  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private final ObjectMapper json;

  public MergePatches(ObjectMapper json) {
    this.json = json;
  }

  /** Reads a patch body; it must be a JSON object (a patch of a resource's members). */
  public JsonNode parse(String body) {
    JsonNode patch;
    try {
      patch = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The merge patch is not well-formed JSON.");
    }
    if (patch == null || !patch.isObject()) {
      throw ProblemException.invalid(
          "", "must be a JSON object naming the members to change (RFC 7396)");
    }
    return patch;
  }

  /**
   * The edit a patch body makes of a current {@code type}, as every PATCH route applies it. The
   * body is read at once, so one that is no patch is refused before anything is looked up.
   */
  public <T> UnaryOperator<T> edit(String body, Class<T> type) {
    JsonNode patch = parse(body);
    return current -> apply(current, patch, type);
  }

  /** {@code current} with {@code patch} merged in, read as a {@code type}. */
  public <T> T apply(T current, JsonNode patch, Class<T> type) {
    JsonNode merged = merge(json.valueToTree(current), patch);
    try {
      return json.readerFor(type)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(merged);
    } catch (UnknownMembersException e) {
      // the PATCH route checks the merged value's constraints itself
      throw e.problem(null);
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalid(pointer(e.getPath()), Members.unknown(e));
    } catch (JsonMappingException e) {
      throw JsonProblemMappers.wrongValue(pointer(e.getPath()), e);
    } catch (IOException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The merge patch could not be applied.");
    }
  }

  /** RFC 7396 section 2: objects merge member by member, null removes, anything else replaces. */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : ((ObjectNode) patch).objectNode();
    Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> m = members.next();
      if (m.getValue().isNull()) {
        // set to null rather than removed, so that the spec reads it as absent and a member
        // unknown to the spec is still reported
        result.putNull(m.getKey());
      } else {
        result.set(m.getKey(), merge(result.get(m.getKey()), m.getValue()));
      }
    }
    return result;
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      sb.append('/');
      sb.append(
          r.getFieldName() != null
              ? r.getFieldName().replace("~", "~0").replace("/", "~1")
              : String.valueOf(r.getIndex()));
    }
    return sb.toString();
  }
}
