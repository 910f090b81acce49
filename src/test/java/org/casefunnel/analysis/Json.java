package org.casefunnel.analysis;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** REST Assured reads JSON numbers as floats by default; statistics need doubles. */
final class Json {

  static final RestAssuredConfig DOUBLES =
      RestAssuredConfig.config()
          .jsonConfig(
              JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

  private Json() {}
}
