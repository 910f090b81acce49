package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.casefunnel.common.problem.ProblemError;
import org.casefunnel.common.problem.UnknownMembersException;
import org.junit.jupiter.api.Test;

/** Where unknown members are reported, whatever their value and however deep they are. */
class UnknownMembersPointersTest {

  record Inner(String name) {}

  record Outer(String id, List<Inner> items, Map<String, Inner> byKey) {}

  private static List<String> pointers(String json, Class<?> type) {
    ObjectMapper mapper = new ObjectMapper();
    new StrictJson().customize(mapper);
    UnknownMembersException e =
        catchThrowableOfType(UnknownMembersException.class, () -> mapper.readValue(json, type));
    assertThat(e).as(json).isNotNull();
    return e.problem(null).errors().stream().map(ProblemError::pointer).toList();
  }

  @Test
  void everyUnknownMemberIsNamedAtItsPointerWhateverItsValue() {
    assertThat(
            pointers(
                """
                {"id": "a", "extra": {"deep": [1, {"x": 2}]}, "items": [
                  {"name": "n"}, {"name": "m", "nmae": "m", "more": [1, 2]}],
                 "byKey": {"k/1": {"name": "v", "odd~": null}}, "last": true}
                """,
                Outer.class))
        .containsExactly("/byKey/k~11/odd~0", "/extra", "/items/1/more", "/items/1/nmae", "/last");
  }

  @Test
  void aListAtTheRootReportsTheUnknownMembersOfEveryElement() {
    assertThat(pointers("[{\"name\": \"a\", \"x\": 1}, {\"y\": {}}]", Inner[].class))
        .containsExactly("/0/x", "/1/y");
  }
}
