package org.casefunnel.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.casefunnel.TestDocuments;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document patch that adds nothing is no change: no version, no tag moved, no revision. */
@QuarkusTest
class EmptyDocumentPatchTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"{}", "{\"figures\":null}", "{\"sources\":[],\"statements\":[],\"figures\":[]}"})
  void aPatchThatAddsNothingChangesNothing(String body) {
    String id = "empty-patch-" + Integer.toHexString(body.hashCode());
    TestDocuments.ensureImported(TestDocuments.valid(id));
    String api = "/api/funnels/" + id;
    String tag = TestAuth.etag(api);
    int version = given().get(api).then().extract().path("version");
    int revisions = given().get(api + "/history").then().extract().path("size()");

    TestAuth.asEditor()
        .contentType(ContentType.JSON)
        .header("If-Match", tag)
        .body(body)
        .post(api + "/document-patches")
        .then()
        .statusCode(200);

    assertThat(TestAuth.etag(api)).isEqualTo(tag);
    assertThat((int) given().get(api).then().extract().path("version")).isEqualTo(version);
    assertThat((int) given().get(api + "/history").then().extract().path("size()"))
        .isEqualTo(revisions);
  }
}
