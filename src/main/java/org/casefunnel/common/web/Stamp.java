package org.casefunnel.common.web;

import java.time.Instant;

/**
 * What identifies the state of the data behind a response: a key (a funnel id, or a digest of the
 * funnel list) with a version that every change raises, the time of the last change, and when the
 * data's latest date (one that can only be past) begins at UTC+14, or null when it has none ({@link
 * Instant#MAX} for the list: not looked up, so its tags move each day).
 *
 * <p>The last is there because what a response says about a date still to come (the warning
 * date_in_future, "after today (D)") changes as days begin, with no write: until that latest date
 * has begun, each new day may change the response.
 */
public record Stamp(String key, long version, Instant updatedAt, Instant latestDateBegins) {

  public Stamp(String key, long version, Instant updatedAt) {
    this(key, version, updatedAt, null);
  }

  /**
   * The start of the day (at UTC+14, {@code todayBegan}) since which what the data says about dates
   * still to come may have changed after the last write, or null when nothing has: no date was
   * still to come at the last write, or the last write is later.
   */
  public Instant datesChangedAt(Instant todayBegan) {
    if (latestDateBegins == null) {
      return null;
    }
    Instant t = todayBegan.isBefore(latestDateBegins) ? todayBegan : latestDateBegins;
    return updatedAt != null && !t.isAfter(updatedAt) ? null : t;
  }
}
