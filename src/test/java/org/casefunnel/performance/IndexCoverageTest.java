package org.casefunnel.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key, and every other column the API looks rows up by, leads an index declared in
 * the migrations. H2 indexes foreign keys by itself but PostgreSQL does not, so indexes H2 made on
 * its own (named {@code CONSTRAINT_...}) do not count.
 */
@QuarkusTest
class IndexCoverageTest {

  private static final List<String> TABLES =
      List.of(
          "funnel",
          "source",
          "statement",
          "stage",
          "stage_definition_statement",
          "figure",
          "figure_statement");

  /** Lookups by columns that are not foreign keys: table -> leading columns of the lookup. */
  private static final Map<String, List<String>> LOOKUPS =
      Map.of(
          "figure", List.of("funnel_id", "superseded_at"),
          "stage", List.of("funnel_id", "position"));

  @Inject DataSource dataSource;

  @Test
  void everyForeignKeyAndLookupLeadsADeclaredIndex() throws SQLException {
    List<String> missing = new ArrayList<>();
    int foreignKeys = 0;
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : TABLES) {
        Map<String, List<String>> indexes = declaredIndexes(meta, table);
        Set<String> fks = foreignKeyColumns(meta, table);
        foreignKeys += fks.size();
        for (String fk : fks) {
          if (indexes.values().stream().noneMatch(cols -> cols.get(0).equals(fk))) {
            missing.add(table + "(" + fk + ")");
          }
        }
        List<String> lookup = LOOKUPS.get(table);
        if (lookup != null
            && indexes.values().stream()
                .noneMatch(
                    cols ->
                        cols.size() >= lookup.size()
                            && cols.subList(0, lookup.size()).equals(lookup))) {
          missing.add(table + lookup);
        }
      }
    }
    // funnel_id of four tables, source_id, stage_id and statement_id of two each, base stage,
    // supersedes, figure_id: the metadata is read (later migrations may add more)
    assertThat(foreignKeys).as("foreign key columns the metadata shows").isGreaterThanOrEqualTo(12);
    assertThat(missing).as("columns looked up without a declared index").isEmpty();
  }

  private static Set<String> foreignKeyColumns(DatabaseMetaData meta, String table)
      throws SQLException {
    Set<String> out = new HashSet<>();
    try (ResultSet rs = meta.getImportedKeys(null, null, name(meta, table))) {
      while (rs.next()) {
        out.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Index name -> columns in order, leaving out indexes the database made on its own. */
  private static Map<String, List<String>> declaredIndexes(DatabaseMetaData meta, String table)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> byName = new HashMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, null, name(meta, table), false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        String column = rs.getString("COLUMN_NAME");
        if (index == null
            || column == null
            || index.toUpperCase(Locale.ROOT).startsWith("CONSTRAINT_")) {
          continue;
        }
        byName
            .computeIfAbsent(index, k -> new TreeMap<>())
            .put((int) rs.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    byName.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
    return out;
  }

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
  private static String name(DatabaseMetaData meta, String table) throws SQLException {
    return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
  }
}
