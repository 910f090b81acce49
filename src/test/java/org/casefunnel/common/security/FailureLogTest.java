package org.casefunnel.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureLogTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aKeyIsBlockedAtTheLimitUntilItsOldestFailureLeavesTheWindow() {
    FailureLog log = new FailureLog(3, 60 * SECOND);
    log.fail("a", 0);
    log.fail("a", 10 * SECOND);
    assertThat(log.retryAfterSeconds("a", 11 * SECOND)).isZero();
    log.fail("a", 20 * SECOND);
    assertThat(log.retryAfterSeconds("a", 21 * SECOND)).isEqualTo(39);
    assertThat(log.retryAfterSeconds("b", 21 * SECOND)).isZero();
    assertThat(log.retryAfterSeconds("a", 60 * SECOND)).isZero();
  }
}
