package org.casefunnel.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FilesTest {

  private static final int ROWS = 1_500;

  @TempDir Path dir;

  @Test
  void stepsRewriteTheSparseChunksThatManySmallCommitsLeftAndKeepEveryRow() throws SQLException {
    // what the service's writes do: a commit, a chunk; no retention, so the test need not wait 45 s
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t(id INT PRIMARY KEY, body VARCHAR(2000))");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
        for (int i = 0; i < ROWS; i++) {
          p.setInt(1, i);
          p.setString(2, ("row " + i + " ").repeat(60));
          p.executeUpdate();
        }
      }
      MVStore store = H2Files.store(c);
      assertThat(store).isNotNull();
      // each commit rewrote the tree's path to its row, and left the old copies in its chunk
      int before = H2Files.chunksFillRate(store);
      long chunksBefore = H2Files.chunks(store);
      assertThat(before).isLessThan(H2Files.TARGET_FILL_RATE);
      assertThat(chunksBefore).isGreaterThan(100);

      int steps = 0;
      while (steps < 500 && H2Files.step(store, 256 << 10)) {
        steps++;
      }

      assertThat(steps).isPositive();
      assertThat(H2Files.chunksFillRate(store)).isGreaterThanOrEqualTo(H2Files.TARGET_FILL_RATE);
      assertThat(H2Files.chunks(store)).isLessThan(chunksBefore / 10);
      assertEveryRow(c);
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertEveryRow(c); // and in the file, opened again
    }
  }

  private static void assertEveryRow(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(id) FROM t")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(ROWS);
      assertThat(r.getLong(2)).isEqualTo((long) ROWS * (ROWS - 1) / 2);
    }
  }

  @Test
  void aDatabaseWithoutAFileHasNothingToCompact() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:h2files", "sa", "")) {
      assertThat(H2Files.store(c)).isNull();
    }
  }
}
