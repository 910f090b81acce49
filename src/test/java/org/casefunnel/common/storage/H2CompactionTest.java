package org.casefunnel.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {

  @TempDir Path dir;

  private static final CompactionConfig EVERY_LOOK =
      new CompactionConfig() {
        @Override
        public boolean compactWhenIdle() {
          return true;
        }

        @Override
        public Duration compactEvery() {
          return Duration.ofMillis(20); // H2's retention is 0 below: settled 40 ms after a gain
        }

        @Override
        public int compactMegabytes() {
          return 1;
        }
      };

  @Test
  void stepsOnlyWhileNoClientWritesAndTheNextStartReadsFewChunks() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    var compaction = new H2Compaction(null, EVERY_LOOK, "h2", Optional.of(url));
    long sparse;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      insert(c, 0, 1_500);
      MVStore store = H2Files.store(c);
      sparse = H2Files.chunks(store);
      long version = store.getCurrentVersion();
      compaction.look(store); // the first look sees the inserts: no step
      assertThat(store.getCurrentVersion()).isEqualTo(version);
      lookFor(compaction, store);
      assertThat(store.getCurrentVersion()).as("steps were made").isGreaterThan(version);
      version = store.getCurrentVersion();
      compaction.look(store);
      assertThat(store.getCurrentVersion()).as("settled: no more steps").isEqualTo(version);

      insert(c, 1_500, 1_000); // clients write again: the next look waits, the one after steps
      version = store.getCurrentVersion();
      compaction.look(store);
      assertThat(store.getCurrentVersion()).isEqualTo(version);
      lookFor(compaction, store);
      assertThat(store.getCurrentVersion()).isGreaterThan(version);
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      // what the next start opens: the chunks of 2,500 commits rewritten into a few
      assertThat(H2Files.chunks(H2Files.store(c))).isLessThan(sparse / 10);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(2_500);
      }
    }
  }

  @Test
  void withoutStepsTheNextStartReadsEveryChunk() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    long sparse;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      insert(c, 0, 1_500);
      sparse = H2Files.chunks(H2Files.store(c));
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(H2Files.chunks(H2Files.store(c))).isGreaterThan(sparse / 2);
    }
  }

  @Test
  void onlyAFileDatabaseIsCompacted() {
    assertThat(new H2Compaction(null, EVERY_LOOK, "h2", Optional.of("jdbc:h2:mem:x")).active())
        .isFalse();
    assertThat(
            new H2Compaction(
                    null, EVERY_LOOK, "postgresql", Optional.of("jdbc:postgresql://db/casefunnel"))
                .active())
        .isFalse();
    assertThat(
            new H2Compaction(null, EVERY_LOOK, "h2", Optional.of("jdbc:h2:file:./data/x")).active())
        .isTrue();
  }

  /** Looks every 5 ms for a second, as the service's thread does every few seconds. */
  private static void lookFor(H2Compaction compaction, MVStore store) {
    long end = System.currentTimeMillis() + 1_000;
    while (System.currentTimeMillis() < end) {
      compaction.look(store);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** One commit per row, as the service's writes: many small chunks. */
  private static void insert(Connection c, int from, int rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS t(id INT PRIMARY KEY, body VARCHAR(2000))");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
      for (int i = from; i < from + rows; i++) {
        p.setInt(1, i);
        p.setString(2, ("row " + i + " ").repeat(60));
        p.executeUpdate();
      }
    }
  }
}
