package org.casefunnel.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

  /** As Hibernate and JTA deliver it: the driver's exception two layers down. */
  private static RuntimeException wrapped(Throwable cause) {
    return new RuntimeException("transaction rolled back", new PersistenceException(cause));
  }

  @Test
  void findsAnUnreachableDatabaseDeepInTheCauseChain() {
    assertThat(
            PersistenceFailures.databaseUnavailable(wrapped(new SQLTransientConnectionException())))
        .isTrue();
    assertThat(PersistenceFailures.databaseUnavailable(wrapped(new SQLException("gone", "08006"))))
        .isTrue();
    assertThat(PersistenceFailures.databaseUnavailable(wrapped(new SQLException("down", "57P01"))))
        .isTrue();
    assertThat(
            PersistenceFailures.databaseUnavailable(
                wrapped(new SQLException("Acquisition timeout while waiting for new connection"))))
        .isTrue();
  }

  @Test
  void aLockTimeoutOrDuplicateKeyIsNoUnreachableDatabase() {
    assertThat(PersistenceFailures.databaseUnavailable(wrapped(new SQLException("lock", "HYT00"))))
        .isFalse();
    assertThat(PersistenceFailures.databaseUnavailable(wrapped(new SQLException("dup", "23505"))))
        .isFalse();
  }

  @Test
  void readsEachLinkForTheRaceItLost() {
    assertThat(PersistenceFailures.concurrentUpdate(new OptimisticLockException())).isTrue();
    assertThat(PersistenceFailures.constraintViolation(new SQLException("dup", "23505"))).isTrue();
    for (String state : new String[] {"40001", "40P01", "55P03", "HYT00"}) {
      assertThat(PersistenceFailures.lockNotGranted(new SQLException("lock", state)))
          .as(state)
          .isTrue();
    }
    assertThat(PersistenceFailures.lockNotGranted(new SQLException("other", "42000"))).isFalse();
    assertThat(PersistenceFailures.lockNotGranted(new SQLException("no state"))).isFalse();
  }

  @Test
  void firstInChainAnswersForTheOutermostLinkThatSaysSomething() {
    Throwable inner = new SQLException("inner", "23505");
    Throwable outer = new IllegalStateException("outer", new PersistenceException(inner));
    Throwable found =
        PersistenceFailures.firstInChain(
            outer, t -> t instanceof SQLException || t instanceof PersistenceException ? t : null);
    assertThat(found).isInstanceOf(PersistenceException.class);
    Object none = PersistenceFailures.firstInChain(outer, t -> null);
    assertThat(none).isNull();
  }
}
