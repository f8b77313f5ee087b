package io.github.qcdc.examples.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.json.ReportJson;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started whole on a free port, spoken to over HTTP: the report it serves is the
 * document {@code ReportJson} writes, and a report sent to it is read back whole, through Boot's
 * own message converters (Jackson 2 on Boot 3, Jackson 3 on Boot 4).
 */
class ReportApplicationTest {
  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext context;
  private static String base;

  @BeforeAll
  static void start() {
    context = SpringApplication.run(ReportApplication.class, "--server.port=0");
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> post(String path, byte[] json)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The report of the application's own beans, as {@code ReportJson} writes it. */
  private static byte[] expected() throws IOException {
    Report report =
        context
            .getBean(Evaluator.class)
            .evaluate(
                context.getBean(Dataset.class),
                UnitCode.of("40"),
                ReportingPeriod.parse("2016/2020"))
            .report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    return out.toByteArray();
  }

  private static JsonNode tree(byte[] json) throws IOException {
    return TREES.readTree(json);
  }

  @Test
  void servesTheReportAsTheReportDocument() throws Exception {
    HttpResponse<byte[]> response = get("/report?scope=40&period=2016/2020");
    assertEquals(200, response.statusCode());
    assertEquals(tree(expected()), tree(response.body()));
    // the strict reader takes what the application served, and writes the same document again
    Report read = ReportJson.read(new ByteArrayInputStream(response.body()), "response");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ReportJson.write(read, again);
    assertArrayEquals(expected(), again.toByteArray());
  }

  @Test
  void readsAReportSentToItWhole() throws Exception {
    byte[] report = expected();
    HttpResponse<byte[]> echoed = post("/report/echo", report);
    assertEquals(200, echoed.statusCode());
    assertEquals(tree(report), tree(echoed.body()));
    HttpResponse<byte[]> figures = post("/report/figures", report);
    assertEquals(200, figures.statusCode());
    // one activity and the province's 15 from data values (docs/examples/dataset.json)
    assertTrue(
        new String(figures.body(), StandardCharsets.UTF_8)
            .lines()
            .anyMatch(line -> line.equals("supervisions: 16 cuộc")),
        new String(figures.body(), StandardCharsets.UTF_8));
  }

  @Test
  void refusesADocumentThatIsNotAReportWithTheReason() throws Exception {
    HttpResponse<byte[]> refused =
        post("/report/echo", "{\"format\":\"qcdc.rulepack/1\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, refused.statusCode());
    String reason = new String(refused.body(), StandardCharsets.UTF_8);
    assertTrue(
        reason.contains(
            "/format: not a qcdc report document: format qcdc.rulepack/1, expected"
                + " qcdc.report/1"),
        reason);
  }

  @Test
  void refusesAScopeThatIsNotAUnitCodeWithTheReason() throws Exception {
    HttpResponse<byte[]> refused = get("/report?scope=Nghe-An&period=2016/2020");
    assertEquals(400, refused.statusCode());
    assertTrue(
        new String(refused.body(), StandardCharsets.UTF_8).contains("Nghe-An"),
        new String(refused.body(), StandardCharsets.UTF_8));
  }
}
