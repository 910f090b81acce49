package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Integer members read an integral number in any JSON notation as that integer, exactly: a fraction
 * or a value beyond the Java type is refused with the member's path, never rounded or wrapped.
 */
class IntegralNumbersTest {

  record Counts(Long big, long small, Integer place, int rank) {}

  private static final ObjectMapper JSON = strict();

  private static ObjectMapper strict() {
    ObjectMapper mapper = new ObjectMapper();
    new StrictJson().customize(mapper);
    return mapper;
  }

  private static Counts read(String member, String raw) throws Exception {
    String body =
        "{\"big\":1,\"small\":1,\"place\":1,\"rank\":1}"
            .replace("\"" + member + "\":1", "\"" + member + "\":" + raw);
    return JSON.readValue(body, Counts.class);
  }

  private static void refused(String member, String raw) {
    assertThatThrownBy(() -> read(member, raw))
        .as(member + ": " + raw)
        // a mapping error at the member's path: ProblemMappers' 400 naming its pointer
        .isInstanceOf(JsonMappingException.class)
        .satisfies(
            e ->
                assertThat(((JsonMappingException) e).getPath().getLast().getFieldName())
                    .isEqualTo(member));
  }

  @Test
  void anIntegralNumberInAnyNotationIsTheInteger() throws Exception {
    for (String member : new String[] {"big", "small", "place", "rank"}) {
      for (String raw : new String[] {"1e3", "1000.0", "1E3", "1.0e3", "1e+3", "10000e-1"}) {
        Counts c = read(member, raw);
        long value =
            switch (member) {
              case "big" -> c.big();
              case "small" -> c.small();
              case "place" -> c.place();
              default -> c.rank();
            };
        assertThat(value).as(member + ": " + raw).isEqualTo(1000);
      }
    }
    assertThat(read("big", "1.2E3").big()).isEqualTo(1200L);
    assertThat(read("place", "1.2E3").place()).isEqualTo(1200);
  }

  @Test
  void plainIntegersAndNullAreReadAsBefore() throws Exception {
    assertThat(read("big", "9223372036854775807").big()).isEqualTo(Long.MAX_VALUE);
    assertThat(read("place", "-2147483648").place()).isEqualTo(Integer.MIN_VALUE);
    assertThat(read("big", "null").big()).isNull();
    assertThat(read("place", "null").place()).isNull();
    assertThat(read("small", "null").small()).isZero();
  }

  @Test
  void negativeZeroIsZero() throws Exception {
    // -0.0 has a zero fractional part: JSON Schema's integer 0
    assertThat(read("big", "-0.0").big()).isZero();
    assertThat(read("rank", "-0e5").rank()).isZero();
  }

  @Test
  void aFractionIsRefusedNotRounded() {
    for (String member : new String[] {"big", "small", "place", "rank"}) {
      refused(member, "1.5");
      refused(member, "1.0000000001");
      refused(member, "0.5");
      refused(member, "1e-1");
      refused(member, "1e-999999999");
    }
  }

  @Test
  void aValueBeyondTheTypeIsRefusedNotWrapped() throws Exception {
    // a long holds up to 9,223,372,036,854,775,807: 9.2e18 is one, 9.3e18 is not
    assertThat(read("big", "9.2e18").big()).isEqualTo(9_200_000_000_000_000_000L);
    refused("big", "9.3e18");
    refused("small", "9.3e18");
    refused("big", "9223372036854775808");
    refused("big", "9.223372036854775808e18");
    assertThat(read("big", "9.223372036854775807e18").big()).isEqualTo(Long.MAX_VALUE);
    refused("place", "2147483648");
    refused("place", "2.147483648e9");
    refused("rank", "2147483648.0");
    assertThat(read("place", "2.147483647e9").place()).isEqualTo(Integer.MAX_VALUE);
    refused("big", "1e400");
    refused("big", "-1e400");
    // decided by the digit count, without expanding a billion zeros
    refused("big", "1e999999999");
  }

  @Test
  void otherTypesAreStillRefused() {
    refused("big", "\"1000\"");
    refused("place", "true");
    refused("rank", "\"1e3\"");
  }
}
