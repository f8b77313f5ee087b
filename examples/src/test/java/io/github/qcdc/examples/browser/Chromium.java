package io.github.qcdc.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol, for tests that check what a page looks like
 * once a browser has rendered it. Debian's {@code chromium} ({@code /usr/bin/chromium}, or the
 * program named by {@code QCDC_CHROMIUM}); {@code .ci/run} installs it when it is missing.
 */
public final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser program: {@code QCDC_CHROMIUM}, or Debian's. */
  public static Path program() {
    String given = System.getenv("QCDC_CHROMIUM");
    Path program = Path.of(given == null ? "/usr/bin/chromium" : given);
    if (!Files.isExecutable(program)) {
      throw new IllegalStateException(
          "no Chromium at "
              + program
              + ": install Debian's chromium (apt-get install chromium; .ci/run does) or set"
              + " QCDC_CHROMIUM to a Chromium program");
    }
    return program;
  }

  /** Starts a headless browser with an empty profile and a blank page of {@code width} pixels. */
  public static Chromium start(int width, int height) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("qcdc-chromium");
    Process process =
        new ProcessBuilder(
                program().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .start();
    String browser = listening(process);
    HttpClient http = HttpClient.newHttpClient();
    URI list = URI.create(browser.replaceFirst("^ws://([^/]+)/.*$", "http://$1/json/list"));
    @org.jspecify.annotations.Nullable String page = null;
    for (int attempt = 0; attempt < 50 && page == null; attempt++) {
      HttpResponse<String> targets =
          http.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(targets.body())) {
        if (target.path("type").asText().equals("page")) {
          page = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (page == null) {
        Thread.sleep(100);
      }
    }
    if (page == null) {
      process.destroyForcibly();
      throw new IOException("Chromium opened no page at " + list);
    }
    Listener listener = new Listener();
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), listener).join();
    Chromium chromium = new Chromium(process, profile, socket);
    listener.chromium = chromium;
    return chromium;
  }

  private static String listening(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> drain(out), "chromium-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
      seen.append(line).append('\n');
    }
    throw new IOException("Chromium exited before listening:\n" + seen);
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // Chromium's own log lines (dbus, fonts) are not the test's concern
      }
    } catch (IOException e) {
      // the browser closed its output: it is exiting
    }
  }

  /** Sends a DevTools command and waits for its result. */
  public JsonNode send(String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    JsonNode answer;
    try {
      answer = result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IOException(method + ": no answer from Chromium in " + WAIT, e);
    }
    if (answer.has("error")) {
      throw new IOException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Parameters of a command. */
  public static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Opens {@code file} and waits until it is loaded and laid out. */
  public void open(Path file) throws IOException, InterruptedException {
    send("Page.navigate", params().put("url", file.toUri().toString()));
    for (int i = 0; i < 600; i++) {
      if (evaluate("document.readyState").asText().equals("complete")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IOException(file + " did not finish loading in 30 s");
  }

  /** The value of {@code expression} in the page, as JSON. */
  public JsonNode evaluate(String expression) throws IOException {
    JsonNode result =
        send(
            "Runtime.evaluate",
            params()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IOException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** The page printed to PDF on A4, as the print style sheet lays it out. */
  public byte[] printToPdf() throws IOException {
    JsonNode result =
        send(
            "Page.printToPDF",
            params()
                .put("preferCSSPageSize", true)
                .put("printBackground", true)
                .put("paperWidth", 8.27)
                .put("paperHeight", 11.69));
    return Base64.getDecoder().decode(result.path("data").asText());
  }

  /** A PNG of the page region {@code x, y, width, height} (CSS pixels of the document). */
  public byte[] screenshot(double x, double y, double width, double height) throws IOException {
    ObjectNode clip =
        params().put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
    ObjectNode params = params().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    return Base64.getDecoder().decode(send("Page.captureScreenshot", params).path("data").asText());
  }

  /** The number of pages of a PDF Chromium wrote: its page objects. */
  public static int pages(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type\\s*/Page(?!s)").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Stops the browser and every process it started (renderers and helpers write into the profile
   * until they exit), then deletes the profile.
   */
  @Override
  public void close() throws IOException {
    socket.abort();
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    try {
      for (ProcessHandle p : all) {
        try {
          p.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          p.destroyForcibly();
          p.onExit().get(10, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException | ExecutionException e) {
      throw new IOException("Chromium did not exit; its profile " + profile + " is left", e);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void answered(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
      if (f != null) {
        f.complete(message);
      }
    }
  }

  /** Joins the frames of each message and hands complete messages to the browser. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    volatile @org.jspecify.annotations.Nullable Chromium chromium;

    @Override
    public @org.jspecify.annotations.Nullable CompletionStage<?> onText(
        WebSocket socket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String message = buffer.toString();
        buffer.setLength(0);
        try {
          Chromium c = chromium;
          if (c != null) {
            c.answered(JSON.readTree(message));
          }
        } catch (IOException e) {
          throw new IllegalStateException("Chromium sent a message that is not JSON", e);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
