package org.casefunnel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.casefunnel.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** How the lines of an {@code Idempotency-Key} header become a key, a 400 or no key at all. */
class IdempotencyKeyTest {

  @Test
  void noLineIsNoKey() {
    assertThat(IdempotentImports.key(null)).isNull();
    assertThat(IdempotentImports.key(List.of())).isNull();
  }

  @Test
  void oneLineIsThatKey() {
    assertThat(IdempotentImports.key(List.of("k-1"))).isEqualTo("k-1");
    assertThat(IdempotentImports.key(List.of("k".repeat(200)))).hasSize(200);
  }

  @Test
  void anEmptyBlankTooLongOrNullKeyOrSeveralLinesAreRefused() {
    for (List<String> lines :
        List.of(
            List.of(""),
            List.of(" \t "),
            List.of("k".repeat(201)),
            Arrays.asList((String) null),
            List.of("k-1", "k-2"),
            // a singleton field sent twice is invalid even when the lines agree (RFC 9110 5.3)
            List.of("k-1", "k-1"))) {
      assertThatThrownBy(() -> IdempotentImports.key(lines))
          .as("%s", lines)
          .isInstanceOf(ProblemException.class);
    }
  }
}
