package org.casefunnel.common.problem;

import static org.casefunnel.support.TestAuth.asEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.casefunnel.TestDocuments;
import org.junit.jupiter.api.Test;

/** Length limits count characters (code points), not UTF-16 units (issue 15). */
@QuarkusTest
class CodePointLimitsTest {

  private static final String FIGURES = "/api/funnels/code-points/stages/reviewed/figures";
  private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

  private static Map<String, Object> figure(String wording) {
    return Map.of(
        "stage",
        "reviewed",
        "count",
        125,
        "status",
        "provisional",
        "wording",
        wording,
        "statementIds",
        List.of("st1"));
  }

  @Test
  void aWordingOfTwoThousandEmojiFitsTheTwoThousandCharacterLimit() {
    TestDocuments.ensureImported(TestDocuments.valid("code-points"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure(EMOJI.repeat(2_000)))
        .post(FIGURES)
        .then()
        .statusCode(201)
        .body("wording", equalTo(EMOJI.repeat(2_000)));
  }

  @Test
  void aWordingOfTwoThousandAndOneCharactersIsRefused() {
    TestDocuments.ensureImported(TestDocuments.valid("code-points"));
    asEditor()
        .contentType(ContentType.JSON)
        .body(figure(EMOJI.repeat(2_001)))
        .post(FIGURES)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.pointer", hasItem("/wording"));
  }
}
