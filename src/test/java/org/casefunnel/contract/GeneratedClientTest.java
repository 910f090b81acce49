package org.casefunnel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.casefunnel.client.ApiClient;
import org.casefunnel.client.ApiException;
import org.casefunnel.client.ApiResponse;
import org.casefunnel.client.api.FiguresApi;
import org.casefunnel.client.api.FunnelDocumentsApi;
import org.casefunnel.client.api.FunnelsApi;
import org.casefunnel.client.api.StatisticsApi;
import org.casefunnel.client.model.Evidence;
import org.casefunnel.client.model.Figure;
import org.casefunnel.client.model.FigureProvenance;
import org.casefunnel.client.model.FigureSpec;
import org.casefunnel.client.model.Funnel;
import org.casefunnel.client.model.FunnelDocument;
import org.casefunnel.client.model.FunnelStatistics;
import org.casefunnel.client.model.FunnelSummary;
import org.casefunnel.client.model.FunnelSummaryPage;
import org.casefunnel.client.model.Problem;
import org.casefunnel.client.model.Stage;
import org.casefunnel.client.model.StageStatistics;
import org.casefunnel.support.TestAuth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main journeys through the Java client generated from the committed openapi/openapi.yaml (by
 * openapi-generator-maven-plugin into target/generated-test-sources), against the running service:
 * what a dashboard or integration built from the spec would do.
 */
@QuarkusTest
class GeneratedClientTest {

  private static final String SEED = "met-group-cse-review";

  @TestHTTPResource("/")
  URI root;

  private ApiClient client;
  private FunnelsApi funnels;
  private FunnelDocumentsApi documents;
  private FiguresApi figures;

  @BeforeEach
  void client() {
    client = new ApiClient();
    // the spec's paths carry /api; the base is the service root
    client.updateBaseUri(root.toString().replaceAll("/$", ""));
    // writes need the editor role (the spec's basicAuth scheme)
    client.setRequestInterceptor(
        request ->
            request.header("Authorization", basic(TestAuth.EDITOR, TestAuth.EDITOR_PASSWORD)));
    funnels = new FunnelsApi(client);
    documents = new FunnelDocumentsApi(client);
    figures = new FiguresApi(client);
  }

  @Test
  void listsTheSeedFunnelFilteredByOrganisation() throws ApiException {
    FunnelSummaryPage page =
        funnels.listFunnels(
            null, "metropolitan police service", 0, null, 20, null, null, null, null, null, null);

    assertThat(page.getPage()).isZero();
    assertThat(page.getSize()).isEqualTo(20);
    assertThat(page.getItems()).extracting(FunnelSummary::getId).contains(SEED);
    assertThat(page.getTotal()).isEqualTo(page.getItems().size());
  }

  @Test
  void exportedDocumentImportsBackUnderANewIdThroughTheTypedModels() throws ApiException {
    FunnelDocument document = documents.exportFunnelDocument(SEED, null, null);
    document.getFunnel().setId("client-round-trip");

    Funnel imported = documents.importFunnelDocument(document, null);

    assertThat(imported.getId()).isEqualTo("client-round-trip");
    assertThat(imported.getTitle()).isEqualTo(document.getFunnel().getTitle());
    assertThat(imported.getStages())
        .extracting(Stage::getKey)
        .containsExactlyElementsOf(document.getStages().stream().map(s -> s.getKey()).toList());
    FunnelDocument exportedAgain = documents.exportFunnelDocument("client-round-trip", null, null);
    assertThat(exportedAgain).isEqualTo(document);
  }

  @Test
  void readsAStagesCurrentFigureAndFollowsItsProvenanceToTheQuote() throws ApiException {
    Funnel funnel = funnels.getFunnel(SEED, null, null, null, null, null);
    Stage inScope =
        funnel.getStages().stream().filter(s -> s.getKey().equals("in_scope")).findFirst().get();
    Figure figure = inScope.getFigure();
    assertThat(figure.getCount()).isEqualTo(1200L);
    assertThat(figure.getCurrent()).isTrue();

    FigureProvenance provenance = figures.getFigureProvenance(figure.getId(), null, null);

    assertThat(provenance.getFigure().getId()).isEqualTo(figure.getId());
    assertThat(provenance.getEvidence()).isNotEmpty();
    for (Evidence evidence : provenance.getEvidence()) {
      assertThat(figure.getStatementIds()).contains(evidence.getStatement().getKey());
      assertThat(evidence.getSource().getKey()).isEqualTo(evidence.getStatement().getSourceKey());
      assertThat(evidence.getStatement().getQuote()).isNotBlank();
      if (evidence.getStatement().getSelector() != null) {
        assertThat(evidence.getStatement().getSelector().getExact())
            .isEqualTo(evidence.getStatement().getQuote());
      }
    }
  }

  @Test
  void readsStatisticsForEveryStageOfTheFunnel() throws ApiException {
    Funnel funnel = funnels.getFunnel(SEED, null, null, null, null, null);

    FunnelStatistics statistics =
        new StatisticsApi(client).getFunnelStatistics(SEED, null, null, null, null);

    assertThat(statistics.getFunnelId()).isEqualTo(SEED);
    assertThat(statistics.getConfidenceLevel()).isStrictlyBetween(0.0, 1.0);
    assertThat(statistics.getStages())
        .extracting(StageStatistics::getKey)
        .containsExactlyElementsOf(funnel.getStages().stream().map(Stage::getKey).toList());
    StageStatistics inScope =
        statistics.getStages().stream()
            .filter(s -> s.getKey().equals("in_scope"))
            .findFirst()
            .get();
    assertThat(inScope.getFigureId()).isEqualTo(stage(funnel, "in_scope").getFigure().getId());
  }

  @Test
  void pollsStatisticsWithTheGeneratedIfNoneMatchParameterAndReadsNotModifiedAsAResult()
      throws ApiException {
    StatisticsApi statistics = new StatisticsApi(client);
    ApiResponse<FunnelStatistics> first =
        statistics.getFunnelStatisticsWithHttpInfo(SEED, null, null, null, null);
    assertThat(first.getStatusCode()).isEqualTo(200);
    String etag = first.getHeaders().get("etag").get(0);

    // the spec declares If-None-Match on every read, so it is an argument of the method; the
    // client's template returns a 304 as a result (status 304, no data), not as an exception
    ApiResponse<FunnelStatistics> again =
        statistics.getFunnelStatisticsWithHttpInfo(SEED, null, null, etag, null);

    assertThat(again.getStatusCode()).isEqualTo(304);
    assertThat(again.getData()).isNull();
    assertThat(again.getHeaders().get("etag")).containsExactly(etag);
  }

  @Test
  void pollsAFunnelWithIfModifiedSinceFromItsLastModified() throws ApiException {
    ApiResponse<Funnel> first = funnels.getFunnelWithHttpInfo(SEED, null, null, null, null, null);
    String lastModified = first.getHeaders().get("last-modified").get(0);

    ApiResponse<Funnel> again =
        funnels.getFunnelWithHttpInfo(SEED, null, null, null, null, lastModified);

    assertThat(again.getStatusCode()).isEqualTo(304);
    assertThat(again.getData()).isNull();
    // the plain method answers the same poll with no funnel rather than throwing
    assertThat(funnels.getFunnel(SEED, null, null, null, null, lastModified)).isNull();
  }

  @Test
  void aStaleETagGetsTheNewRepresentation() throws ApiException {
    ApiResponse<Funnel> answer =
        funnels.getFunnelWithHttpInfo(SEED, null, null, null, "\"not-the-current-tag\"", null);

    assertThat(answer.getStatusCode()).isEqualTo(200);
    assertThat(answer.getData().getId()).isEqualTo(SEED);
  }

  @Test
  void unknownFunnelIsATypedNotFoundProblem() throws JsonProcessingException {
    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> funnels.getFunnel("no-such-funnel", null, null, null, null, null));

    assertThat(e.getCode()).isEqualTo(404);
    assertThat(e.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    Problem problem = problem(e);
    assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.URN_CASE_FUNNEL_PROBLEM_NOT_FOUND);
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getInstance()).isEqualTo("/api/funnels/no-such-funnel");
  }

  @Test
  void invalidDocumentIsATypedValidationProblemWithPointers() throws Exception {
    FunnelDocument document = documents.exportFunnelDocument(SEED, null, null);
    document.getFunnel().setId("client-invalid");
    FigureSpec first = document.getFigures().get(0);
    first.setCount(null);
    first.setLow(3000L);
    first.setHigh(2000L);

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> documents.importFunnelDocument(document, null));

    assertThat(e.getCode()).isEqualTo(422);
    Problem problem = problem(e);
    assertThat(problem.getType())
        .isEqualTo(Problem.TypeEnum.URN_CASE_FUNNEL_PROBLEM_VALIDATION_FAILED);
    assertThat(problem.getErrors()).extracting(err -> err.getPointer()).contains("/figures/0/low");
    assertThat(funnelExists("client-invalid")).isFalse();
  }

  @Test
  void writeWithoutCredentialsIsATypedUnauthorizedProblem() throws Exception {
    ApiClient anonymous = new ApiClient();
    anonymous.updateBaseUri(root.toString().replaceAll("/$", ""));
    FunnelDocument document = documents.exportFunnelDocument(SEED, null, null);
    document.getFunnel().setId("client-anonymous");

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> new FunnelDocumentsApi(anonymous).importFunnelDocument(document, null));

    assertThat(e.getCode()).isEqualTo(401);
    assertThat(e.getResponseHeaders().firstValue("WWW-Authenticate")).isPresent();
    Problem problem = problem(e);
    assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.URN_CASE_FUNNEL_PROBLEM_UNAUTHORIZED);
    assertThat(problem.getStatus()).isEqualTo(401);
    assertThat(funnelExists("client-anonymous")).isFalse();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Stage stage(Funnel funnel, String key) {
    return funnel.getStages().stream().filter(s -> s.getKey().equals(key)).findFirst().get();
  }

  private boolean funnelExists(String id) throws ApiException {
    try {
      funnels.getFunnel(id, null, null, null, null, null);
      return true;
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private Problem problem(ApiException e) throws JsonProcessingException {
    return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }
}
