package org.casefunnel.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.casefunnel.common.problem.Members;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.UnknownMembersException;

/**
 * Every member a body's schema does not have is reported, not only the first: the outermost value
 * being read collects them (with their JSON pointers) while the rest is read, and fails once it is
 * complete ({@link UnknownMembersException}), so nothing with an unknown member is ever accepted. A
 * member met where no collecting value encloses it fails at once, as Jackson would.
 */
final class UnknownMembers {

  /** Per-read attribute: the unknown members found so far, set while a value collects them. */
  private static final String FOUND = UnknownMembers.class.getName() + ".found";

  private UnknownMembers() {}

  /** Records the member and skips its value, if a value is collecting; else Jackson fails. */
  static final class Handler extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      @SuppressWarnings("unchecked")
      List<ProblemError> found = (List<ProblemError>) ctxt.getAttribute(FOUND);
      if (found == null) {
        return false;
      }
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      found.add(
          new ProblemError(
              pointer(p, propertyName),
              Members.unknown(type, deserializer.getKnownPropertyNames())));
      p.skipChildren();
      return true;
    }
  }

  /** Wraps every deserializer of an object, list, array or map, so the outermost one collects. */
  static final class Modifier extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription desc, JsonDeserializer<?> deserializer) {
      return new Collecting(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config,
        CollectionType type,
        BeanDescription desc,
        JsonDeserializer<?> deserializer) {
      return new Collecting(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(
        DeserializationConfig config,
        ArrayType type,
        BeanDescription desc,
        JsonDeserializer<?> deserializer) {
      return new Collecting(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config,
        MapType type,
        BeanDescription desc,
        JsonDeserializer<?> deserializer) {
      return new Collecting(deserializer);
    }
  }

  static final class Collecting extends DelegatingDeserializer {

    Collecting(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Collecting(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (ctxt.getAttribute(FOUND) != null) {
        return super.deserialize(p, ctxt);
      }
      List<ProblemError> found = new ArrayList<>();
      ctxt.setAttribute(FOUND, found);
      Object value;
      try {
        value = super.deserialize(p, ctxt);
      } finally {
        ctxt.setAttribute(FOUND, null);
      }
      if (!found.isEmpty()) {
        throw new UnknownMembersException(p, found, value);
      }
      return value;
    }
  }

  /**
   * The member's JSON pointer, from the parser's place: the enclosing objects' member names and
   * arrays' indexes. When the value opens an object or array, the parser is already inside it.
   */
  static String pointer(JsonParser p, String member) {
    JsonStreamContext context = p.getParsingContext();
    // the parser is inside the value's own array or object; a record's unknown members are
    // buffered and replayed once it is built, and the replaying parser puts an object value one
    // level deeper still (UnknownMembersPointersTest holds both)
    if (p.currentToken() == JsonToken.START_ARRAY && context != null) {
      context = context.getParent();
    } else if (p.currentToken() == JsonToken.START_OBJECT && context != null) {
      context = context.getParent() == null ? null : context.getParent().getParent();
    }
    StringBuilder sb = new StringBuilder("/").append(escape(member));
    for (JsonStreamContext c = context == null ? null : context.getParent();
        c != null && !c.inRoot();
        c = c.getParent()) {
      String step = c.inArray() ? String.valueOf(c.getCurrentIndex()) : escape(c.getCurrentName());
      sb.insert(0, "/" + step);
    }
    return sb.toString();
  }

  private static String escape(String token) {
    return token == null ? "" : token.replace("~", "~0").replace("/", "~1");
  }
}
