package io.propgov.governance.examples.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A headless Chromium driven over its DevTools protocol (a WebSocket on the loopback address,
 * from java.net.http): navigate, evaluate script, take screenshots. Debian's {@code chromium}
 * package is enough; no driver binary and no library beyond the JDK and Jackson.
 *
 * <p>Which browser: the system property {@code chromium.binary}, else the environment variable
 * {@code CHROMIUM_BINARY}, else the first of {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} on the PATH.
 */
final class Chromium implements AutoCloseable {

  /** Set (system property {@value}, or the environment variable HTML_BROWSER_SKIP=true) to skip the browser tests. */
  static final String SKIP = "html.browser.skip";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Whether the browser tests are to be skipped, as asked by the property or environment variable. */
  static boolean skipped() {
    return Boolean.getBoolean(SKIP) || "true".equalsIgnoreCase(System.getenv("HTML_BROWSER_SKIP"));
  }

  /**
   * Finds the browser.
   *
   * @return its path
   * @throws AssertionError naming what to install when there is none
   */
  static Path binary() {
    String given = System.getProperty("chromium.binary", System.getenv("CHROMIUM_BINARY"));
    if (given != null && !given.isBlank()) {
      if (!Files.isExecutable(Path.of(given))) {
        throw new AssertionError(missing("no executable browser at " + given));
      }
      return Path.of(given);
    }
    for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new AssertionError(missing("no chromium on the PATH"));
  }

  private static String missing(String what) {
    return "The HTML report's browser test needs headless Chromium and CJK fonts, and found " + what
        + ". Install them (Debian: apt-get install chromium fonts-noto-cjk; .ci/run does this),"
        + " or name the browser with -Dchromium.binary=PATH, or skip these tests with -D" + SKIP + "=true.";
  }

  /** Starts a headless browser with a fresh profile and connects to its first page. */
  static Chromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("propgov-chromium");
    List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--font-render-hinting=none", "--remote-debugging-port=0",
        "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank"));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add(1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox, as CI does
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(profile.resolve("browser.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String log = Files.exists(profile.resolve("browser.log")) ? Files.readString(profile.resolve("browser.log")) : "";
        process.destroyForcibly();
        throw new AssertionError("Chromium did not start (" + String.join(" ", command) + "):\n" + log);
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String page = null;
    while (page == null) {
      String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
          .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode target : MAPPER.readTree(list)) {
        if ("page".equals(target.path("type").asText())) {
          page = target.path("webSocketDebuggerUrl").asText();
        }
      }
      if (page == null) {
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new AssertionError("Chromium opened no page: " + list);
        }
        Thread.sleep(50);
      }
    }
    Chromium[] self = new Chromium[1];
    WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(page), new Listener(message -> self[0].receive(message))).join();
    self[0] = new Chromium(process, profile, socket);
    self[0].send("Page.enable", MAPPER.createObjectNode());
    self[0].send("Runtime.enable", MAPPER.createObjectNode());
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode node = MAPPER.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> future = pending.remove(node.get("id").asInt());
        if (future != null) {
          future.complete(node);
        }
      } else {
        events.add(node);
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  /** Sends a command and waits for its result; a protocol error fails the test. */
  JsonNode send(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    pending.put(id, future);
    ObjectNode command = MAPPER.createObjectNode().put("id", id).put("method", method);
    command.set("params", params);
    socket.sendText(command.toString(), true).join();
    JsonNode reply;
    try {
      reply = future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(method + " got no answer from Chromium: " + e, e);
    }
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** Sets the window's size in CSS pixels. */
  void viewport(int width, int height) {
    send("Emulation.setDeviceMetricsOverride", MAPPER.createObjectNode().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false));
  }

  /** Opens a page and waits for its load event. */
  void open(Path file) {
    events.clear();
    send("Page.navigate", MAPPER.createObjectNode().put("url", file.toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      JsonNode event;
      try {
        event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while " + file + " loaded", e);
      }
      if (event == null) {
        throw new AssertionError(file + " did not finish loading within " + TIMEOUT);
      }
      if ("Page.loadEventFired".equals(event.path("method").asText())) {
        return;
      }
    }
  }

  /** Evaluates an expression in the page and returns its value (JSON), failing on a script error. */
  JsonNode eval(String expression) {
    JsonNode result = send("Runtime.evaluate", MAPPER.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + expression + "\n" + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** The messages the page logged as console errors or uncaught exceptions so far. */
  List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (JsonNode event : events) {
      String method = event.path("method").asText();
      if ("Runtime.exceptionThrown".equals(method)) {
        errors.add(event.path("params").path("exceptionDetails").toString());
      } else if ("Runtime.consoleAPICalled".equals(method)
          && "error".equals(event.path("params").path("type").asText())) {
        errors.add(event.path("params").path("args").toString());
      }
    }
    return errors;
  }

  /**
   * A PNG of the whole page (up to 16000 pixels high): the window is made as tall as the page
   * first, so that what is painted only on screen (content-visibility) is painted, then set back.
   */
  byte[] screenshot(int width, int height) {
    int full = Math.min(eval("document.documentElement.scrollHeight").asInt(), 16000);
    viewport(width, Math.max(full, height));
    eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
    try {
      ObjectNode params = MAPPER.createObjectNode().put("format", "png");
      return Base64.getDecoder().decode(send("Page.captureScreenshot", params).path("data").asText());
    } finally {
      viewport(width, height);
    }
  }

  /** The string values of a script expression that yields an array. */
  List<String> strings(String expression) {
    List<String> values = new ArrayList<>();
    eval(expression).forEach(v -> values.add(v.asText()));
    return values;
  }

  /**
   * Takes a screenshot of the whole page, checks that it shows a page rather than a blank (more
   * than 16 colours, more than 1% of the sampled pixels off the background), and keeps it.
   *
   * @param file where to keep the PNG
   * @throws IOException when it cannot be written
   */
  void keepScreenshot(Path file) throws IOException {
    String name = file.getFileName().toString();
    byte[] png = screenshot(1280, 900);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null && image.getWidth() >= 1000 && image.getHeight() >= 900,
        name + " is no page");
    Set<Integer> colours = new HashSet<>();
    int background = image.getRGB(0, 0);
    long other = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y);
        colours.add(rgb);
        if (rgb != background) {
          other++;
        }
      }
    }
    long sampled = (long) ((image.getHeight() + 2) / 3) * ((image.getWidth() + 2) / 3);
    assertTrue(colours.size() > 16, name + " has " + colours.size() + " colours");
    assertTrue(other * 100 > sampled,
        name + " is nearly blank: " + other + " of " + sampled + " pixels drawn");
    Files.write(file, png);
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is ended below whatever the socket says.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    removeProfile();
  }

  /**
   * Removes the profile directory. The browser's helper processes can still add or remove a file
   * in it for a moment after the main process ended, so a walk that meets a vanished file is tried
   * again.
   */
  private void removeProfile() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
        // A file went away during the walk: look again.
      }
      if (!Files.exists(profile)) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IOException("could not remove the browser profile " + profile);
  }

  /** Joins the frames of each message and hands whole messages on. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> sink;
    private final StringBuilder partial = new StringBuilder();

    Listener(java.util.function.Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        sink.accept(message);
      }
      webSocket.request(1);
      return null;
    }
  }
}
