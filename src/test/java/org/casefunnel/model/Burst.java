package org.casefunnel.model;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.casefunnel.support.TestAuth;

/**
 * Sends requests that race for real: each on its own thread, all released at once by a barrier,
 * each on its own connection.
 */
final class Burst {

  private Burst() {}

  /** One request of a burst, as the editor. */
  record Request(String method, String path, String body, String ifMatch, String idempotencyKey) {}

  /** Sends {@code n} requests at once and returns their answers in order. */
  static List<HttpResponse<String>> send(URL base, int n, IntFunction<Request> request)
      throws Exception {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (TestAuth.EDITOR + ":" + TestAuth.EDITOR_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Request r = request.apply(i);
        HttpRequest.Builder b =
            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + r.path()))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", auth)
                .method(
                    r.method(),
                    r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(r.body()));
        if (r.body() != null) {
          // a merge patch has its own media type (RFC 7396)
          b.header(
              "Content-Type",
              "PATCH".equals(r.method()) ? "application/merge-patch+json" : "application/json");
        }
        if (r.ifMatch() != null) {
          b.header("If-Match", r.ifMatch());
        }
        if (r.idempotencyKey() != null) {
          b.header("Idempotency-Key", r.idempotencyKey());
        }
        HttpRequest built = b.build();
        answers.add(
            pool.submit(
                () -> {
                  // a client per request: one connection each, so the requests really overlap
                  HttpClient client =
                      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
                  start.await();
                  return client.send(built, HttpResponse.BodyHandlers.ofString());
                }));
      }
      List<HttpResponse<String>> out = new ArrayList<>();
      for (Future<HttpResponse<String>> f : answers) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
