package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A host without an SLF4J provider sees nothing on stderr: the schema validator's first logger
 * would otherwise print SLF4J's "No SLF4J providers were found". Runs {@link QuietLoggingProbe}
 * in a JVM of its own, on the class path of this test run without slf4j-nop (the only provider
 * there).
 */
class NoLoggingProviderTests {

  private record Run(int exit, String out, String err) {}

  private static Run probe(String... args) throws IOException, InterruptedException {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator)) {
        if (!entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("slf4j-nop")) {
          entries.add(entry);
        }
      }
    }
    assertTrue(entries.stream().anyMatch(e -> Path.of(e).getFileName().toString().startsWith("slf4j-api")),
        "slf4j-api on the path: " + entries);
    Path out = Files.createTempFile("probe", ".out");
    Path err = Files.createTempFile("probe", ".err");
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", String.join(File.pathSeparator, entries), QuietLoggingProbe.class.getName()));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the probe did not end");
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void aHostWithoutAProviderSeesNothingOnStderr() throws Exception {
    Run run = probe();
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("read 1"), run.out());
    assertTrue(run.out().contains("errors "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aHostThatUsesSlf4jItselfIsStillToldItBoundNothing() throws Exception {
    // The probe above would pass vacuously if SLF4J printed nothing in this set-up at all.
    Run run = probe("slf4j-first");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("No SLF4J providers were found"), run.err());
    assertFalse(run.out().isEmpty());
  }
}
