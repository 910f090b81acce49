package org.casefunnel.figure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.casefunnel.common.problem.ProblemException;
import org.casefunnel.common.web.StorableValues;

/**
 * A cursor of the changes feed: the position of the last change a client has seen ({@link At}).
 * Cursors issued before the feed had positions named (time, kind, figure id); they are still read,
 * as {@link Legacy}, and resume at the same place.
 */
sealed interface FeedCursor {

  /** A position in the feed's log. */
  record At(long position) implements FeedCursor {

    private static final String VERSION = "p";

    String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((VERSION + "~" + position).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A cursor of the time-ordered feed: kind 0 added, 1 superseded, -1 everything at the time. */
  record Legacy(Instant at, int kind, long figureId) implements FeedCursor {}

  /** The cursor a client sent; a 400 when this feed never returned it. */
  static FeedCursor decode(String cursor) {
    try {
      String raw =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      String[] p = raw.split("~");
      if (p.length == 2 && p[0].equals(At.VERSION)) {
        long position = Long.parseLong(p[1]);
        if (position < 0) {
          throw new IllegalArgumentException(raw);
        }
        return new At(position);
      }
      if (p.length != 3) {
        throw new IllegalArgumentException(raw);
      }
      Instant at = Instant.parse(p[0]);
      int kind = Integer.parseInt(p[1]);
      if (!StorableValues.storable(at) || kind < -1 || kind > 1) {
        // a forged cursor: such an instant means different things to H2 and PostgreSQL
        throw new IllegalArgumentException(raw);
      }
      return new Legacy(at, kind, Long.parseLong(p[2]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ProblemException.badParameter("after", "is not a cursor this feed returned as 'next'");
    }
  }
}
