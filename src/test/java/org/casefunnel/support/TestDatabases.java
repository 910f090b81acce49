package org.casefunnel.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database the tests run on. The build fixes the kind ({@code quarkus.datasource.db-kind}, h2
 * unless built with {@code -Ppostgresql}); on PostgreSQL the tests need a server, given by {@code
 * -Dtest.postgres.url=jdbc:postgresql://127.0.0.1:5432/postgres} (a database the user may connect
 * to; user and password from {@code test.postgres.user}, default {@code postgres}, and {@code
 * test.postgres.password}, default empty). Every suite run and every packaged-service test gets a
 * new database of its own, so no run sees another's data.
 */
public final class TestDatabases {

  public static final String ADMIN_URL = "test.postgres.url";

  private TestDatabases() {}

  public static boolean postgres() {
    return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
  }

  public static String user() {
    return System.getProperty("test.postgres.user", "postgres");
  }

  public static String password() {
    return System.getProperty("test.postgres.password", "");
  }

  static String adminUrl() {
    String url = System.getProperty(ADMIN_URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "Built for PostgreSQL: tests need -D"
              + ADMIN_URL
              + "=jdbc:postgresql://host:port/postgres (see README, Test)");
    }
    return url;
  }

  /** Creates a new, empty PostgreSQL database and returns its JDBC URL. */
  public static String createDatabase(String purpose) {
    String name =
        ("cf_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    String admin = adminUrl();
    try (Connection c = DriverManager.getConnection(admin, user(), password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name + " via " + admin, e);
    }
    return withDatabase(admin, name);
  }

  /** Drops a database made by {@link #createDatabase}, closing its remaining connections. */
  public static void dropDatabase(String url) {
    String name = databaseName(url);
    try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      // left behind on a throw-away server; harmless
    }
  }

  /**
   * Environment for a packaged service ({@link ServiceProcess}) on a new, empty database of the
   * kind the jar was built for.
   */
  public static Map<String, String> newServiceDatabase(String purpose) throws IOException {
    if (postgres()) {
      return postgresEnv(createDatabase(purpose), user(), password());
    }
    return Map.of("CASEFUNNEL_DATA_DIR", Scratch.directory("casefunnel-" + purpose).toString());
  }

  /** Environment pointing a packaged service at a PostgreSQL database. */
  public static Map<String, String> postgresEnv(String url, String user, String password) {
    return Map.of(
        "QUARKUS_DATASOURCE_JDBC_URL", url,
        "CASEFUNNEL_DB_USER", user,
        "CASEFUNNEL_DB_PASSWORD", password);
  }

  static String withDatabase(String url, String database) {
    String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
    return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
  }

  static String databaseName(String url) {
    String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return base.substring(base.lastIndexOf('/') + 1);
  }
}
