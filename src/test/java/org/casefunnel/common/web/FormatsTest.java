package org.casefunnel.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
  private static final MediaType CSV = MediaType.valueOf("text/csv");
  private static final List<MediaType> PRODUCED = List.of(JSON, CSV);

  private static MediaType choose(String... accept) {
    return Formats.choose(List.of(accept).stream().map(MediaType::valueOf).toList(), PRODUCED);
  }

  @Test
  void equalQualitiesGoToTheTypeProducedFirstWhateverTheirOrder() {
    assertThat(choose("text/csv", "application/json")).isEqualTo(JSON);
    assertThat(choose("application/json", "text/csv")).isEqualTo(JSON);
    assertThat(choose("*/*")).isEqualTo(JSON);
  }

  @Test
  void higherQualityWins() {
    assertThat(choose("text/csv", "application/json;q=0.5")).isEqualTo(CSV);
    assertThat(choose("text/*", "*/*;q=0.1")).isEqualTo(CSV);
  }

  @Test
  void theMostSpecificRangeSetsATypesQuality() {
    // */* at 1 but application/json excluded explicitly: CSV
    assertThat(choose("*/*", "application/json;q=0")).isEqualTo(CSV);
  }
}
