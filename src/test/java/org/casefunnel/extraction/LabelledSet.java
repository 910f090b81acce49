package org.casefunnel.extraction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-labelled evaluation set in src/test/resources/extraction/labels.json. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LabelledSet(List<Document> documents) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Document(String file, List<Label> quantities) {

    String text() {
      return resource("/extraction/" + file);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Label(
      String exact,
      String context,
      Integer occurrence,
      String low,
      String high,
      boolean share,
      BoundKind kind,
      RatePeriod rate,
      String noun,
      String speaker) {

    /** UTF-16 [start, end) of the labelled phrase in the text. */
    int[] locate(String text) {
      String anchor = context == null ? exact : context;
      int at = -1;
      for (int n = 0; n < (occurrence == null ? 1 : occurrence); n++) {
        at = text.indexOf(anchor, at + 1);
        if (at < 0) {
          throw new IllegalStateException("label not found: " + anchor + " #" + occurrence);
        }
      }
      int start = at + anchor.indexOf(exact);
      return new int[] {start, start + exact.length()};
    }

    Interval interval() {
      return new Interval(new BigDecimal(low), high == null ? null : new BigDecimal(high));
    }
  }

  static LabelledSet load() {
    try {
      return new ObjectMapper().readValue(resource("/extraction/labels.json"), LabelledSet.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = LabelledSet.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
