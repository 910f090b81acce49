package org.casefunnel.common.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * One step of compacting an embedded H2 database's file: rewrite the live pages of its sparse
 * chunks into new ones, so that the file has fewer chunks. H2 does this itself in a background
 * thread, which it starts only when commits may wait ({@code WRITE_DELAY} above 0); this service
 * writes every commit before it answers, so it does the step itself. Works only through a
 * connection of the database, because only the maps of an open database can be rewritten.
 */
final class H2Files {

  /** A fill rate of the file's chunks (live bytes in all bytes) below which a step is worth it. */
  static final int TARGET_FILL_RATE = 80;

  private H2Files() {}

  /** The store of the embedded H2 database behind this connection, or null (another database). */
  static MVStore store(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return null;
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return null; // H2 over TCP: the server compacts its own file
    }
    var store = session.getDatabase().getStore();
    MVStore mv = store == null ? null : store.getMvStore();
    return mv == null || mv.isClosed() || mv.getFileStore() == null ? null : mv;
  }

  /** Live bytes in all bytes of the file's chunks, in percent. */
  static int chunksFillRate(MVStore store) {
    FileStore<?> file = store.getFileStore();
    return file == null ? 100 : file.getChunksFillRate();
  }

  /**
   * Rewrites at most {@code bytes} of live data out of the sparsest chunks; false when there was
   * nothing to rewrite (chunks are dense enough, or all younger than H2's retention time) or the
   * store was busy.
   */
  static boolean step(MVStore store, int bytes) {
    if (chunksFillRate(store) >= TARGET_FILL_RATE || !store.compact(TARGET_FILL_RATE, bytes)) {
      return false;
    }
    // the rewritten pages reach the file, and the chunks they left can be freed, with a commit of
    // the store, which H2's own housekeeping makes too (it never blocks: taken or skipped)
    store.tryCommit();
    return true;
  }

  /** Chunks the file holds. */
  static long chunks(MVStore store) {
    return store.getFileStore().getLayoutMap().keySet().stream()
        .filter(k -> k.startsWith("chunk."))
        .count();
  }
}
