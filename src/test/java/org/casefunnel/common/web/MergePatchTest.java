package org.casefunnel.common.web;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.Test;

/** PATCH with a JSON merge patch (RFC 7396): the members given change, the others stay. */
@QuarkusTest
class MergePatchTest {

  private static final String MERGE_PATCH = "application/merge-patch+json";
  private static final String PROBLEM = "application/problem+json";

  private static String imported(String id) {
    TestDocuments.ensureImported(TestDocuments.valid(id));
    return "/api/funnels/" + id;
  }

  private static RequestSpecification patch(String path, String body) {
    return asEditor().contentType(MERGE_PATCH).header("If-Match", TestAuth.etag(path)).body(body);
  }

  @Test
  void funnelPatchChangesTheNamedMembersOnly() {
    String api = imported("mp-funnel");

    patch(api, "{\"title\": \"Patched title\", \"description\": null}")
        .patch(api)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("ETag", not(equalTo(null)))
        .body("title", equalTo("Patched title"))
        .body("description", nullValue())
        .body("organisation", equalTo("Northshire Police"))
        .body("stages.size()", equalTo(4));
  }

  @Test
  void stagePatchKeepsDefinitionAndStatements() {
    String api = imported("mp-stage");
    String stage = api + "/stages/identified";

    patch(stage, "{\"label\": \"Cases found\"}")
        .patch(stage)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("label", equalTo("Cases found"))
        .body("definition", equalTo("cases found by the search"))
        .body("definitionStatementIds[0]", equalTo("st1"));
    // a definition that names a statement twice points at the second mention
    patch(stage, "{\"definitionStatementIds\": [\"st1\", \"st1\"]}")
        .patch(stage)
        .then()
        .statusCode(422)
        .body("errors.pointer", equalTo(java.util.List.of("/definitionStatementIds/1")));
  }

  @Test
  void statementPatchByKeyAndByIdClearsAndRenames() {
    String api = imported("mp-statement");
    String byKey = api + "/statements/st2";
    int id = asEditor().get(byKey).then().extract().path("id");

    patch(byKey, "{\"venue\": null}")
        .patch(byKey)
        .then()
        .statusCode(200)
        .body("venue", nullValue())
        .body("speakerRole", equalTo("Chief Constable"));
    String byId = "/api/statements/" + id;
    patch(byId, "{\"id\": \"st-perhaps\"}")
        .patch(byId)
        .then()
        .statusCode(200)
        .body("key", equalTo("st-perhaps"))
        .body("quote", equalTo("\"perhaps 100 or 150\""));
  }

  @Test
  void sourcePatchIsValidatedAsAPutOfTheResult() {
    String api = imported("mp-source");
    String source = api + "/sources/s1";

    patch(source, "{\"text\": \"A text without the quotes.\"}")
        .patch(source)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors[0].pointer", equalTo("/text"));
    patch(source, "{\"title\": null}")
        .patch(source)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].pointer", equalTo("/title"));
    patch(source, "{\"title\": \"Minutes\"}")
        .patch(source)
        .then()
        .statusCode(200)
        .body("title", equalTo("Minutes"))
        .body("text", equalTo(TestDocuments.TEXT));
  }

  @Test
  void unknownMemberIsAProblemAndChangesNothing() {
    String api = imported("mp-unknown");
    String before = TestAuth.etag(api);

    patch(api, "{\"titel\": \"Typo\"}")
        .patch(api)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"))
        .body("errors[0].pointer", equalTo("/titel"));
    patch(api, "[1, 2]")
        .patch(api)
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:validation-failed"));
    patch(api, "{\"title\": ")
        .patch(api)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:malformed-request"));

    org.assertj.core.api.Assertions.assertThat(TestAuth.etag(api)).isEqualTo(before);
  }

  @Test
  void patchNeedsIfMatchAndACurrentTag() {
    String api = imported("mp-preconditions");
    String stage = api + "/stages/reviewed";

    asEditor()
        .contentType(MERGE_PATCH)
        .body("{\"label\": \"x\"}")
        .patch(stage)
        .then()
        .statusCode(428)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-required"));
    asEditor()
        .contentType(MERGE_PATCH)
        .header("If-Match", "\"stale\"")
        .body("{\"label\": \"x\"}")
        .patch(stage)
        .then()
        .statusCode(412)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:case-funnel:problem:precondition-failed"));
    asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", TestAuth.etag(stage))
        .body("{\"label\": \"x\"}")
        .patch(stage)
        .then()
        .statusCode(415);
  }
}
