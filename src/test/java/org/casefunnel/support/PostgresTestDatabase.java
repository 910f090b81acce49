package org.casefunnel.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * For every @QuarkusTest application start on a PostgreSQL build, a new database of its own (so the
 * seed loads into an empty database and no run sees another run's rows); on H2 it changes nothing.
 */
@QuarkusTestResource(PostgresTestDatabase.class)
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

  private String url;

  @Override
  public Map<String, String> start() {
    if (!TestDatabases.postgres()) {
      return Map.of();
    }
    url = TestDatabases.createDatabase("suite");
    Map<String, String> config = new HashMap<>();
    // both keys: the %test one in application.properties must not win over this database
    for (String prefix : new String[] {"", "%test."}) {
      config.put(prefix + "quarkus.datasource.jdbc.url", url);
      config.put(prefix + "quarkus.datasource.username", TestDatabases.user());
      config.put(prefix + "quarkus.datasource.password", TestDatabases.password());
    }
    return config;
  }

  @Override
  public void stop() {
    if (url != null) {
      TestDatabases.dropDatabase(url);
    }
  }
}
