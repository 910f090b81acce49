package org.casefunnel.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The test profile's users (application.properties, %test) and helpers to act as them. */
public final class TestAuth {

  public static final String EDITOR = "editor";
  public static final String EDITOR_PASSWORD = "editor-test-password";
  public static final String EDITOR2 = "editor2";
  public static final String EDITOR2_PASSWORD = "editor2-test-password";
  public static final String READER = "reader";
  public static final String READER_PASSWORD = "reader-test-password";

  private TestAuth() {}

  /** Makes every REST Assured request of the test class an editor's, unless it says otherwise. */
  public static void editorByDefault() {
    RestAssured.authentication = RestAssured.preemptive().basic(EDITOR, EDITOR_PASSWORD);
  }

  public static RequestSpecification asEditor() {
    return given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD);
  }

  public static RequestSpecification asReader() {
    return given().auth().preemptive().basic(READER, READER_PASSWORD);
  }

  public static RequestSpecification anonymous() {
    return given().auth().none();
  }

  /** The current strong ETag of a resource, for If-Match. */
  public static String etag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }
}
