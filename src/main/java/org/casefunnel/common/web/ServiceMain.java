package org.casefunnel.common.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: Quarkus' own, after handing the check of request targets to {@link
 * RequestTargets} (the property must be set before Quarkus initialises its HTTP layer, so no bean
 * or config source can set it).
 */
@QuarkusMain
public final class ServiceMain {

  private ServiceMain() {}

  public static void main(String... args) {
    if (System.getProperty(RequestTargets.QUARKUS_CHECK) == null) {
      System.setProperty(RequestTargets.QUARKUS_CHECK, "true");
    }
    Quarkus.run(args);
  }
}
