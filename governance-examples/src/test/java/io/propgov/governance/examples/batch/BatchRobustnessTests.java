package io.propgov.governance.examples.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.cli.GovernanceCli;
import io.propgov.governance.json.GovernanceJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} against hostile input, each case the smallest one that broke it: N lines in, N
 * out whatever the bytes; never a destroyed file; a bounded, prompt end with the right exit code.
 * The memory cases run the command in a child JVM with a small heap and a time limit.
 */
class BatchRobustnessTests {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GovernanceJson JSON = GovernanceJson.create();
  /** Generous: these runs take seconds, but the machine may be loaded; a hang takes forever. */
  private static final long CHILD_SECONDS = 120;

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Run batch(byte[] input, Path out, String... more) throws IOException {
    Path in = dir.resolve("in.ndjson");
    Files.write(in, input);
    List<String> args = new ArrayList<>(List.of("batch", "--in", in.toString(), "--out", out.toString(),
        "--as-of", "2024-12-31", "--progress", "0"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A batch run over the input, its result lines, and the results file as text. */
  private record Judged(Run run, List<JsonNode> results, String text) {}

  /** Runs the batch over the input into out.ndjson; it must exit 0 with this many result lines. */
  private Judged judged(byte[] input, int lines, String... more) throws IOException {
    Path out = dir.resolve("out.ndjson");
    Run run = batch(input, out, more);
    assertEquals(0, run.code(), run.err());
    List<JsonNode> results = results(out);
    assertEquals(lines, results.size());
    return new Judged(run, results, Files.readString(out, StandardCharsets.UTF_8));
  }

  private static List<JsonNode> results(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }

  private static String sample(int i) {
    Estate estate = SampleData.load(JSON).estates().get(i);
    return JSON.writeEstateLine(estate);
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), () -> "stack trace leaked:\n" + err);
  }

  // ---- 1. N lines in, N lines out ----

  @Test
  void aBareCarriageReturnIsWhiteSpaceNotALineEnd() throws IOException {
    // Before: BufferedReader ended a line at the bare \r, so one line became two results.
    Judged judged = judged(bytes("{\"id\":\"a\",\r\"households\":1}\n{\"id\":\"b\"}\n"), 2);
    List<JsonNode> results = judged.results();
    assertEquals("a", results.get(0).path("estateId").asText());
    assertTrue(results.get(0).has("decision"), results.get(0).toString());
    assertEquals("b", results.get(1).path("estateId").asText());
    assertTrue(judged.run().out().contains("2 records: 2 decisions, 0 errors"), judged.run().out());
  }

  @Test
  void aCarriageReturnAndNewlineIsOneLineEnd() throws IOException {
    List<JsonNode> results = judged(bytes("{\"id\":\"a\"}\r\n\r\n{\"id\":\"b\"}\r\n"), 3).results();
    assertEquals("a", results.get(0).path("estateId").asText());
    assertEquals("syntax", results.get(1).at("/errors/0/code").asText()); // the empty line between
    assertEquals("b", results.get(2).path("estateId").asText());
  }

  @Test
  void invalidUtf8IsAnErrorRecordAndNeverMakesTwoIdsOne() throws IOException {
    // Before: both bytes became U+FFFD, and two different estates came out as the same id.
    byte[] input = concat(bytes("{\"id\":\"a"), new byte[] {(byte) 0xFF}, bytes("\"}\n{\"id\":\"a"),
        new byte[] {(byte) 0xFE}, bytes("\"}\n{\"id\":\""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        bytes("\"}\n{\"id\":\"\u5c0f\u533a\"}\n"));
    Judged judged = judged(input, 4);
    List<JsonNode> results = judged.results();
    for (int i = 0; i < 3; i++) {
      JsonNode line = results.get(i);
      assertEquals(i + 1, line.path("line").asInt());
      assertFalse(line.has("estateId"), line.toString());
      assertEquals("encoding", line.at("/errors/0/code").asText(), line.toString());
      assertTrue(line.at("/errors/0/message").asText().contains("not valid UTF-8 at byte "), line.toString());
    }
    assertEquals("\u5c0f\u533a", results.get(3).path("estateId").asText()); // real UTF-8 is read as such
    assertFalse(judged.text().contains("\uFFFD"), judged.text());
  }

  @Test
  void anEscapedLoneSurrogateIsAnErrorRecordAndNeverMakesTwoIdsOne() throws IOException {
    // Before: both ids were written as "?", the same id for two different estates.
    List<JsonNode> results = judged(bytes("{\"id\":\"x\\ud800\"}\n{\"id\":\"x\\udfff\"}\n"
        + "{\"id\":\"x\\ud83d\\ude00\"}\n{\"id\":\"x\\\\ud800\"}\n"), 4).results();
    assertEquals("encoding", results.get(0).at("/errors/0/code").asText());
    assertTrue(results.get(0).at("/errors/0/message").asText().contains("\\ud800"), results.get(0).toString());
    assertEquals("encoding", results.get(1).at("/errors/0/code").asText());
    assertEquals("x\uD83D\uDE00", results.get(2).path("estateId").asText()); // a whole pair is a character
    assertEquals("x\\ud800", results.get(3).path("estateId").asText()); // an escaped backslash, no escape
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    List<JsonNode> results = judged(concat(bom, bytes("{\"id\":\"a\"}\n{\"id\":\"b\"}")), 2).results();
    assertEquals("a", results.get(0).path("estateId").asText());
    assertEquals("b", results.get(1).path("estateId").asText()); // the last line needs no line end
  }

  @Test
  void aLineOverTheMaximumIsAnErrorRecordAndALineAtItIsJudged() throws IOException {
    String at = "{\"id\":\"at\",\"name\":\"" + "x".repeat(1024 - 21) + "\"}";
    assertEquals(1024, at.length());
    String over = "{\"id\":\"ov\",\"name\":\"" + "x".repeat(1024 - 20) + "\"}";
    List<JsonNode> results = judged(bytes(at + "\r\n" + over + "\n" + at + "\n"), 3, "--max-line-bytes", "1K")
        .results();
    assertEquals("at", results.get(0).path("estateId").asText());
    assertEquals("limit", results.get(1).at("/errors/0/code").asText());
    assertTrue(results.get(1).at("/errors/0/message").asText().contains("1,025 bytes long, longer than the maximum of"
        + " 1,024 bytes"), results.get(1).toString());
    assertEquals("at", results.get(2).path("estateId").asText());
  }

  // ---- 2. Never destroys data ----

  @Test
  void anOutputThatIsTheInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path in = dir.resolve("estates.ndjson");
    byte[] input = bytes(sample(0) + "\n");
    Files.write(in, input);
    Path link = dir.resolve("link.ndjson");
    Files.createSymbolicLink(link, in);
    Path hard = dir.resolve("hard.ndjson");
    Files.createLink(hard, in);
    for (Path out : List.of(in, link, hard, dir.resolve(".").resolve("estates.ndjson"))) {
      Run run = run("batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31");
      assertEquals(2, run.code(), out + ": " + run.err());
      assertTrue(run.err().contains("is the same file as --in"), run.err());
      assertNoStackTrace(run.err());
      assertArrayEquals(input, Files.readAllBytes(in));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(3, files.count()); // no temporary file either
    }
  }

  @Test
  void aRunRefusedForItsOptionsLeavesAnEarlierOutputUntouched() throws IOException {
    Path out = dir.resolve("out.ndjson");
    Files.writeString(out, "earlier\n");
    for (String[] bad : List.of(new String[] {"--threads", "65"}, new String[] {"--threads", "-1"},
        new String[] {"--max-line-bytes", "0"}, new String[] {"--max-line-bytes", "2G"},
        new String[] {"--max-line-bytes", "lots"})) {
      Run run = batch(bytes(sample(0) + "\n"), out, bad);
      assertEquals(2, run.code(), String.join(" ", bad) + ": " + run.err());
      assertTrue(run.err().contains(bad[0] + " must be"), run.err());
      assertEquals("earlier\n", Files.readString(out));
    }
  }

  @Test
  void aCompleteRunReplacesAnEarlierOutputAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("out.ndjson");
    Files.writeString(out, "earlier\n");
    Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(out, permissions);
    Run run = batch(bytes(sample(0) + "\n" + sample(1) + "\n"), out, "--threads", "64");
    assertEquals(0, run.code(), run.err());
    assertEquals(2, results(out).size());
    assertEquals(permissions, Files.getPosixFilePermissions(out)); // as writing over it would have kept them
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("in.ndjson", "out.ndjson"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFailedRunLeavesAnEarlierOutputUntouchedAndNoTemporaryFile() throws IOException, InterruptedException {
    // Before: the output was truncated as the run began, so a failed run lost the earlier results.
    Path in = dir.resolve("in.ndjson");
    Files.writeString(in, sample(0) + "\n" + bigEstate("big", 6_000_000) + "\n" + sample(1) + "\n");
    Path out = dir.resolve("out.ndjson");
    Files.writeString(out, "earlier\n");
    Child child = child("32m", "batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31",
        "--progress", "0", "--threads", "1");
    assertEquals(3, child.code(), child.err());
    assertTrue(child.err().startsWith("error: the batch ran out of memory"), child.err());
    assertEquals(1, child.err().strip().lines().count(), child.err());
    assertEquals("earlier\n", Files.readString(out));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "a temporary file was left"); // in and out
    }
  }

  @Test
  void outDashWritesTheResultsToStandardOutputAndTheSummaryToStandardError() throws IOException, InterruptedException {
    Path in = dir.resolve("in.ndjson");
    Files.writeString(in, sample(0) + "\n{\"id\":\"\u7ea2\u8272\"}\n", StandardCharsets.UTF_8);
    Path file = dir.resolve("file.ndjson");
    assertEquals(0, run("batch", "--in", in.toString(), "--out", file.toString(), "--as-of", "2024-12-31",
        "--progress", "0").code());
    Child child = child("64m", "batch", "--in", in.toString(), "--out", "-", "--as-of", "2024-12-31",
        "--progress", "0");
    assertEquals(0, child.code(), child.err());
    assertArrayEquals(Files.readAllBytes(file), child.stdout()); // the same bytes, UTF-8 whatever the platform
    assertTrue(child.err().startsWith("batch: 2 records: 2 decisions, 0 errors in "), child.err());
    assertTrue(child.err().strip().endsWith("-> -"), child.err());
  }

  // ---- 3. Fails fast, never hangs ----

  @Test
  void aFortyMegabyteLineAtSixtyFourMegabytesOfHeapIsOneErrorRecord() throws IOException, InterruptedException {
    // Before: the reader buffered the whole line, ran out of memory, and the run hung.
    Path in = dir.resolve("in.ndjson");
    try (OutputStream out = Files.newOutputStream(in)) {
      out.write(bytes(sample(0) + "\n{\"id\":\"huge\",\"name\":\""));
      byte[] block = bytes("x".repeat(1 << 20));
      for (int i = 0; i < 40; i++) {
        out.write(block);
      }
      out.write(bytes("\"}\n" + sample(1) + "\n"));
    }
    Path out = dir.resolve("out.ndjson");
    Child child = child("64m", "batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31",
        "--progress", "0");
    assertEquals(0, child.code(), child.err());
    List<JsonNode> results = results(out);
    assertEquals(3, results.size());
    assertTrue(results.get(0).has("decision"));
    assertEquals("limit", results.get(1).at("/errors/0/code").asText());
    assertTrue(results.get(2).has("decision"));
  }

  @Test
  void manyBigLinesAtASmallHeapAreJudgedWithinBoundedMemory() throws IOException, InterruptedException {
    // Before: a chunk was 256 lines whatever their size, 40 of 900 KB at once, and the run hung out of memory.
    Path in = dir.resolve("in.ndjson");
    int lines = 40;
    try (OutputStream out = Files.newOutputStream(in)) {
      for (int i = 0; i < lines; i++) {
        out.write(bytes(bigEstate("B" + i, 900_000) + "\n"));
      }
    }
    Path out = dir.resolve("out.ndjson");
    Child child = child("64m", "batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31",
        "--progress", "0", "--threads", "2");
    assertEquals(0, child.code(), child.err());
    List<JsonNode> results = results(out);
    assertEquals(lines, results.size());
    for (int i = 0; i < lines; i++) {
      assertEquals("B" + i, results.get(i).path("estateId").asText());
    }
  }

  @Test
  void aWorkerThatFailsEndsTheRunAtOnce() {
    LineJudge broken = (number, line) -> {
      if (number == 300) {
        throw new OutOfMemoryError("Java heap space");
      }
      return new LineResult("{}", false);
    };
    byte[] input = bytes("{}\n".repeat(2000));
    NdjsonBatch.Failure failure = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        NdjsonBatch.Failure.class, () -> new NdjsonBatch(broken, 3).run(new ByteArrayInputStream(input), -1,
            OutputStream.nullOutputStream(), null, Duration.ofSeconds(1))));
    assertTrue(failure.outOfMemory());
    assertEquals("judging lines 257 to 512", failure.where());
  }

  @Test
  void aReaderThatFailsEndsTheRunAtOnce() {
    InputStream failing = new InputStream() {
      private int left = 100_000;

      @Override
      public int read() {
        if (left-- == 0) {
          throw new OutOfMemoryError("Java heap space");
        }
        return left % 3 == 0 ? '\n' : ' ';
      }
    };
    NdjsonBatch.Failure failure = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        NdjsonBatch.Failure.class, () -> new NdjsonBatch((n, line) -> new LineResult("{}", true), 2).run(failing, -1,
            OutputStream.nullOutputStream(), null, Duration.ofSeconds(1))));
    assertTrue(failure.outOfMemory());
    assertTrue(failure.where().startsWith("reading line "), failure.where());
  }

  @Test
  void anInputThatCannotBeReadEndsTheRunAsAnInputError() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }
    };
    UncheckedIOException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        UncheckedIOException.class, () -> new NdjsonBatch((n, line) -> new LineResult("{}", true), 2).run(failing,
            -1, OutputStream.nullOutputStream(), null, Duration.ofSeconds(1))));
    assertTrue(e.getMessage().startsWith("cannot read the input: "), e.getMessage());
  }

  @Test
  void theThreadsAreCapped() {
    assertThrows(IllegalArgumentException.class, () -> new NdjsonBatch((n, line) -> null, NdjsonBatch.MAX_THREADS + 1));
    assertThrows(IllegalArgumentException.class, () -> new NdjsonBatch((n, line) -> null, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new NdjsonBatch((n, line) -> null, 1,
        NdjsonBatch.MOST_MAX_LINE_BYTES + 1));
  }

  @Test
  void aPlainJudgesErrorRecordHasTheFormOfTheEstateJudges() {
    String message = "a \"quoted\" \\ message\twith\u0001 controls, \u7ea2\u8272";
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ((LineJudge) (n, line) -> new LineResult("{}", false)).reject(7, "limit", message, plain);
    ByteArrayOutputStream estates = new ByteArrayOutputStream();
    new EstateLineJudge(JSON, GovernanceEngine.create(Presets.load(JSON, Presets.DEFAULT)), LocalDate.of(2024, 12, 31),
        Locale.ENGLISH).reject(7, "limit", message, estates);
    assertEquals(estates.toString(StandardCharsets.UTF_8), plain.toString(StandardCharsets.UTF_8));
  }

  // ---- helpers ----

  /** A valid estate line of about {@code bytes} bytes: one survey round with many answers. */
  static String bigEstate(String id, int bytes) {
    StringBuilder line = new StringBuilder(bytes + 200);
    line.append("{\"id\":\"").append(id).append("\",\"surveyRounds\":[{\"id\":\"2024-H1\",\"date\":\"2024-06-30\","
        + "\"households\":HH,\"answers\":[");
    int n = 0;
    while (line.length() < bytes) {
      line.append("{\"respondentId\":\"h").append(n).append("\",\"group\":\"HOUSEHOLD\",\"score\":")
          .append(50 + n % 51).append("},");
      n++;
    }
    line.append("{\"respondentId\":\"oc\",\"group\":\"OWNERS_COMMITTEE\",\"score\":87},"
        + "{\"respondentId\":\"cc\",\"group\":\"COMMUNITY\",\"score\":94}]}]}");
    int at = line.indexOf("HH");
    return line.replace(at, at + 2, Integer.toString(n)).toString();
  }

  record Child(int code, byte[] stdout, String err) {}

  /** Runs the command line in a child JVM with the given heap, ended by force past the time limit. */
  private Child child(String heap, String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // The tests may run on the module path: the child takes both paths as its class path.
    String path = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
        .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-cp", path,
        GovernanceCli.class.getName()));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("batch-child", ".out");
    Path stderr = Files.createTempFile("batch-child", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
          .start();
      if (!process.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail("batch did not end within " + CHILD_SECONDS + " s: " + String.join(" ", args) + "\n"
            + Files.readString(stderr));
      }
      String err = Files.readString(stderr, StandardCharsets.UTF_8);
      assertNoStackTrace(err);
      return new Child(process.exitValue(), Files.readAllBytes(stdout), err);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }
}
