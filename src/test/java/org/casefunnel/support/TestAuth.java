package org.casefunnel.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;

/**
 * The test profile's users (application.properties, %test) and helpers to act as them. Every
 * request names who sends it ({@link #asEditor}, {@link #asReader}, {@link #anonymous}): there is
 * no global default login, which would leak from one test class into the next (ArchitectureTest).
 */
public final class TestAuth {

  public static final String EDITOR = "editor";
  public static final String EDITOR_PASSWORD = "editor-test-password";
  public static final String EDITOR2 = "editor2";
  public static final String EDITOR2_PASSWORD = "editor2-test-password";
  public static final String READER = "reader";
  public static final String READER_PASSWORD = "reader-test-password";

  /** The editor's PBKDF2 hash (of EDITOR_PASSWORD), as the test profile configures it. */
  public static final String EDITOR_HASH =
      "pbkdf2-sha256:1000:c5OvxWJoB6wXYSnMveB9/w:JU/lHyq9NdjYghR/nkqgh2B+VE5NBUiHu7QkHizRkQg";

  /**
   * System properties giving a packaged service (prod profile, no users by default) the editor, and
   * no write rate limit, for {@link ServiceProcess}.
   */
  public static final List<String> PACKAGED_EDITOR =
      List.of(
          "-Dcasefunnel.security.users.editor.password-hash=" + EDITOR_HASH,
          "-Dcasefunnel.security.users.editor.roles=editor",
          "-Dcasefunnel.rate-limit.enabled=false");

  private TestAuth() {}

  public static RequestSpecification asEditor() {
    return given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
  }

  public static RequestSpecification asReader() {
    return given().auth().preemptive().basic(READER, READER_PASSWORD);
  }

  public static RequestSpecification anonymous() {
    return given().auth().none();
  }

  /** The current strong ETag of a resource as the editor reads it, for the editor's If-Match. */
  public static String etag(String path) {
    return asEditor().get(path).then().statusCode(200).extract().header("ETag");
  }
}
