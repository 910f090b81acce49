package org.casefunnel.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class WriteFailuresTest {

  private static RuntimeException wrapped(Throwable cause) {
    return new RuntimeException("transaction rolled back", new PersistenceException(cause));
  }

  @Test
  void aLostOptimisticRaceIs412WhenConditionalAnd409Otherwise() {
    Throwable e = wrapped(new OptimisticLockException());
    assertThat(WriteFailures.classify(e, true).type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
    assertThat(WriteFailures.classify(e, false).type()).isEqualTo(ProblemType.CONFLICT);
  }

  @Test
  void aTakenUniqueKeyIs409AndALockNotGrantedIs503() {
    assertThat(WriteFailures.classify(wrapped(new SQLException("dup", "23505")), true).type())
        .isEqualTo(ProblemType.CONFLICT);
    assertThat(WriteFailures.classify(wrapped(new SQLException("lock", "55P03")), true).type())
        .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
  }

  @Test
  void aProblemInTheChainIsAnsweredAsItIs() {
    ProblemException notFound = ProblemException.notFound("Statement", 7);
    assertThat(WriteFailures.classify(new RuntimeException(notFound), true)).isSameAs(notFound);
  }

  @Test
  void anUnreachableDatabaseIsNoFailureOfConcurrency() {
    assertThat(WriteFailures.classify(wrapped(new SQLException("gone", "08006")), true)).isNull();
  }
}
