package org.casefunnel.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's own settings (prefix {@code casefunnel}). */
@ConfigMapping(prefix = "casefunnel")
public interface AppConfig {

  /** Directory of the embedded H2 database files. */
  @WithDefault("./data")
  String dataDir();

  Seed seed();

  Writes writes();

  interface Writes {
    /**
     * How long a write waits for the concurrent writes of the same funnel before it is answered 503
     * with Retry-After.
     */
    @WithDefault("10s")
    java.time.Duration lockWait();
  }

  Cache cache();

  interface Seed {
    /** Load the seed funnel into a database that has never held it. */
    @WithDefault("true")
    boolean enabled();

    /** Classpath resource of the seed funnel document. */
    @WithDefault("seed/met-review-article.funnel.json")
    String resource();
  }

  interface Cache {
    /**
     * Funnel views kept per funnel revision (0 turns the cache off; statistics have their own,
     * StatisticsConfig); each entry is a few kilobytes.
     */
    @WithDefault("2000")
    int maxEntries();

    /**
     * Serialized responses kept by the HTTP caching filter, in megabytes (0 turns it off); each key
     * names one stamp and variant, so entries never go stale.
     */
    @WithDefault("32")
    int maxResponseMegabytes();

    /**
     * Repeated public reads of unchanged data answered on the event loop (304 or kept body), with
     * no worker thread ({@code EventLoopReads}).
     */
    @WithDefault("true")
    boolean eventLoop();
  }

  Security security();

  interface Security {
    /**
     * HTTP Basic users by name. Passwords are PBKDF2 hashes made with {@code PasswordHashes}; none
     * is configured by default.
     */
    Map<String, User> users();

    /** Failed-login throttling (LoginThrottle). */
    Login login();
  }

  interface Login {
    @WithDefault("true")
    boolean enabled();

    /** Failed logins per user name within the window before 429. */
    @WithDefault("10")
    int maxFailuresPerUser();

    /** Failed logins per client address within the window before 429. */
    @WithDefault("50")
    int maxFailuresPerAddress();

    @WithDefault("15M")
    Duration window();
  }

  /** Request limits enforced below JAX-RS (HttpLayerErrors). */
  Http http();

  interface Http {
    /** Longest request URI (path and query), in characters; longer is a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest total of the request's headers; larger is a 431 problem. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
  }

  /** What the audit history tells the public (history package). */
  History history();

  interface History {
    /** Named instead of the user in revisions read without the editor role. */
    @WithDefault("editor")
    String publicAuthor();
  }

  interface User {
    /** {@code pbkdf2-sha256:<iterations>:<salt>:<hash>}. */
    Optional<String> passwordHash();

    /** Roles: {@code editor} may write, {@code reader} may read when reads are restricted. */
    @WithDefault("reader")
    List<String> roles();
  }

  RateLimit rateLimit();

  interface RateLimit {
    /** Limit writes per client (authenticated user, else client address). */
    @WithDefault("true")
    boolean enabled();

    /** Writes a client may make in a burst. */
    @WithDefault("60")
    int burst();

    /** Writes per minute a client regains, up to the burst. */
    @WithDefault("60")
    int perMinute();
  }
}
