package org.casefunnel.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.casefunnel.common.config.AppConfig;
import org.jboss.logging.Logger;

/**
 * Loads the seed funnel on the first start of a new database, so a new user sees real data at once.
 * It is loaded once only: a user who deletes it does not get it back at the next start.
 */
@Singleton
public class SeedLoader {

  private static final Logger LOG = Logger.getLogger(SeedLoader.class);
  private static final String SEEDED = "seed.loaded";

  private final AppConfig config;
  private final DocumentService documents;
  private final ObjectMapper mapper;
  private final EntityManager em;

  public SeedLoader(
      AppConfig config, DocumentService documents, ObjectMapper mapper, EntityManager em) {
    this.config = config;
    this.documents = documents;
    this.mapper = mapper;
    this.em = em;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.seed().enabled()) {
      try {
        load();
      } catch (RuntimeException e) {
        // another replica sharing the database may have loaded it at the same moment
        LOG.warn("Seed funnel not loaded: " + e.getMessage());
      }
    }
  }

  @Transactional
  void load() {
    boolean seeded =
        !em.createNativeQuery("select name from app_state where name = ?1")
            .setParameter(1, SEEDED)
            .getResultList()
            .isEmpty();
    if (seeded) {
      return;
    }
    FunnelDocument doc = read(config.seed().resource());
    documents.importDocument(doc);
    em.createNativeQuery("insert into app_state (name, val) values (?1, ?2)")
        .setParameter(1, SEEDED)
        .setParameter(2, doc.funnel().id())
        .executeUpdate();
    LOG.info("Loaded seed funnel '" + doc.funnel().id() + "'");
  }

  private FunnelDocument read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Seed resource " + resource + " is missing");
      }
      return mapper.readValue(in, FunnelDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
