package org.casefunnel.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casefunnel.support.ServiceProcess;
import org.casefunnel.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The container and Kubernetes files cannot be run here (no Docker engine), so this checks that
 * they name only what exists: files they copy, the build output they pick up, environment variables
 * the service reads, HTTP paths it serves, and objects that refer to each other. Runs after {@code
 * package}, when the fast-jar exists.
 */
class ContainerFilesIT {

  private static final Path DOCKER = Path.of("docker");
  private static final Path K8S = DOCKER.resolve("kubernetes");
  private static final Pattern COPY =
      Pattern.compile("(?m)^COPY\\s+((?:--\\S+\\s+)*)(.+?)\\s+(\\S+)\\s*$");
  // environment variables read by something other than the service: the JVM launcher in the
  // Dockerfile's entrypoint, and the postgres image in compose.yaml
  // read by the JVM's launcher, by glibc (malloc arenas) or by the PostgreSQL image, not the
  // service
  private static final Set<String> NOT_SERVICE_CONFIG =
      Set.of("JAVA_OPTS", "MALLOC_ARENA_MAX", "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD");

  @Test
  void filesCopiedFromTheBuildContextExistInTheRepository() throws IOException {
    for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
      List<String> sources = copySources(dockerfile, false);
      assertThat(sources).as(dockerfile).isNotEmpty();
      for (String source : sources) {
        assertThat(Path.of(source)).as(dockerfile + " copies " + source).exists();
      }
    }
  }

  @Test
  void buildOutputTheJvmImageCopiesIsWhatPackageProduces() throws IOException {
    List<String> fromBuild = copySources("Dockerfile.jvm", true);
    assertThat(fromBuild).hasSize(3);
    for (String source : fromBuild) {
      assertThat(source).startsWith("/src/target/quarkus-app/");
      Path local = Path.of(source.substring("/src/".length()));
      if (local.getFileName().toString().contains("*")) {
        try (Stream<Path> jars = Files.list(local.getParent())) {
          assertThat(jars.map(p -> p.getFileName().toString()))
              .as(source)
              .contains("quarkus-run.jar");
        }
      } else {
        assertThat(local).as(source).isDirectory();
      }
    }
    assertThat(read(DOCKER.resolve("Dockerfile.jvm"))).contains("/deployments/quarkus-run.jar");
  }

  @Test
  void imagesAreBuiltForPostgresqlWithTheWrapper() throws IOException {
    for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
      String text = read(DOCKER.resolve(dockerfile));
      assertThat(text).contains("./mvnw -B -ntp -Ppostgresql package");
      assertThat(text).containsPattern("(?m)^USER (185|1001)$");
    }
    String pom = read(Path.of("pom.xml"));
    assertThat(pom).contains("<id>postgresql</id>");
    assertThat(read(DOCKER.resolve("Dockerfile.jvm"))).contains("HEALTHCHECK");
  }

  @Test
  void everyEnvironmentVariableMapsToARealSetting() throws IOException {
    Set<String> readable = serviceEnvironmentVariables();
    Set<String> used = new TreeSet<>();
    for (Path file : deploymentFiles()) {
      String text = read(file);
      Matcher yamlKey = Pattern.compile("(?m)^\\s+-?\\s*([A-Z][A-Z0-9_]+):").matcher(text);
      while (yamlKey.find()) {
        used.add(yamlKey.group(1));
      }
      Matcher dockerEnv =
          Pattern.compile("(?m)(?:^ENV\\s+|\\\\\\s*\\n\\s+)([A-Z][A-Z0-9_]+)=").matcher(text);
      while (dockerEnv.find()) {
        used.add(dockerEnv.group(1));
      }
    }
    assertThat(used)
        .contains("QUARKUS_DATASOURCE_JDBC_URL", "CASEFUNNEL_DB_USER", "CASEFUNNEL_DB_PASSWORD");
    String readme = read(Path.of("docs", "operations.md"));
    for (String env : used) {
      if (NOT_SERVICE_CONFIG.contains(env)) {
        continue;
      }
      assertThat(readable).as("%s is read by the service", env).contains(env);
      assertThat(readme).as("docs/operations.md documents %s", env).contains("`" + env + "`");
    }
    assertThat(read(DOCKER.resolve("Dockerfile.jvm"))).contains("$JAVA_OPTS");
  }

  @Test
  void kubernetesObjectsReferToEachOther() throws IOException {
    String deployment = read(K8S.resolve("deployment.yaml"));
    assertThat(deployment).contains("name: case-funnel\n");
    assertThat(read(K8S.resolve("configmap.yaml")))
        .contains("kind: ConfigMap", "name: case-funnel");
    assertThat(read(K8S.resolve("secret.yaml"))).contains("kind: Secret", "name: case-funnel-db");
    assertThat(deployment)
        .contains("configMapRef:\n                name: case-funnel\n")
        .contains("secretRef:\n                name: case-funnel-db\n")
        .contains("requests:", "limits:");
    assertThat(read(K8S.resolve("hpa.yaml"))).contains("kind: Deployment\n    name: case-funnel\n");
    assertThat(read(K8S.resolve("service.yaml")))
        .contains("app.kubernetes.io/name: case-funnel", "targetPort: http");
    String kustomization = read(K8S.resolve("kustomization.yaml"));
    Matcher resource = Pattern.compile("(?m)^  - (\\S+)$").matcher(kustomization);
    int count = 0;
    while (resource.find()) {
      assertThat(K8S.resolve(resource.group(1))).exists();
      count++;
    }
    assertThat(count).isEqualTo(5);
  }

  @Test
  void everyHttpPathTheProbesAndScrapersUseIsServed() throws Exception {
    Set<String> paths = new TreeSet<>();
    for (Path file : deploymentFiles()) {
      Matcher m = Pattern.compile("(/q/[a-z/]+)").matcher(read(file));
      while (m.find()) {
        paths.add(m.group(1));
      }
    }
    assertThat(paths).contains("/q/health/live", "/q/health/ready", "/q/metrics");
    assertThat(read(K8S.resolve("deployment.yaml")))
        .contains("path: /q/health/live", "path: /q/health/ready");
    try (ServiceProcess service =
        new ServiceProcess(TestDatabases.newServiceDatabase("probes"), List.of())
            .start(Duration.ofSeconds(240))) {
      for (String path : paths) {
        assertThat(given().baseUri(service.baseUri()).get(path).statusCode())
            .as(path)
            .isEqualTo(200);
      }
    }
  }

  /**
   * Environment variables the service reads: those named in application.properties expressions, and
   * the environment form of every property set there (SmallRye maps {@code
   * QUARKUS_DATASOURCE_JDBC_URL} to {@code quarkus.datasource.jdbc.url}).
   */
  private static Set<String> serviceEnvironmentVariables() throws IOException {
    String props = read(Path.of("src", "main", "resources", "application.properties"));
    Set<String> names = new TreeSet<>();
    Matcher expr = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]").matcher(props);
    while (expr.find()) {
      names.add(expr.group(1));
    }
    Matcher key = Pattern.compile("(?m)^(?:%[a-z]+\\.)?([a-z][a-zA-Z0-9.\\-\"]+)=").matcher(props);
    while (key.find()) {
      names.add(key.group(1).replaceAll("[^a-zA-Z0-9]", "_").toUpperCase(Locale.ROOT));
    }
    return names;
  }

  private static List<String> copySources(String dockerfile, boolean fromBuildStage)
      throws IOException {
    List<String> sources = new ArrayList<>();
    Matcher m = COPY.matcher(read(DOCKER.resolve(dockerfile)));
    while (m.find()) {
      if (m.group(1).contains("--from=") == fromBuildStage) {
        for (String s : m.group(2).trim().split("\\s+")) {
          sources.add(s);
        }
      }
    }
    return sources;
  }

  private static List<Path> deploymentFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(DOCKER.resolve("Dockerfile.jvm"));
    files.add(DOCKER.resolve("Dockerfile.native"));
    files.add(DOCKER.resolve("compose.yaml"));
    try (Stream<Path> k8s = Files.list(K8S)) {
      k8s.sorted().forEach(files::add);
    }
    return files;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p);
  }
}
