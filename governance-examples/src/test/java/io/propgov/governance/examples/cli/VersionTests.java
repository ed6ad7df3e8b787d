package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.build.BuildCommit;
import io.propgov.governance.examples.build.BuildCommitAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTests {

  private static String sdkVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("sdk.properties")) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  @Test
  void versionPrintsTheVersionAndTheCommitOfThisCheckout() throws IOException {
    GovernanceCliTests.Run run = GovernanceCliTests.run("--version");
    assertEquals(0, run.code(), run.err());
    String commit = BuildCommitAccess.commit(Path.of("").toAbsolutePath());
    assertTrue(sdkVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), sdkVersion());
    assertEquals("governance-cli " + sdkVersion() + " (commit " + commit + ")" + System.lineSeparator(), run.out());
    assertTrue(run.out().matches("governance-cli \\S+ \\(commit ([0-9a-f]{7,40}|unknown)\\)\\R"), run.out());
  }

  @Test
  void outsideARepositoryTheCommitIsUnknownAndTheBuildGoesOn() throws IOException {
    Path archive = Files.createTempDirectory("source-archive");
    try {
      assertEquals("unknown", BuildCommitAccess.commit(archive));
      Path out = archive.resolve("classes/commit.properties");
      BuildCommit.main(new String[] {archive.toString(), out.toString()});
      assertEquals("commit=unknown\n", Files.readString(out));
    } finally {
      try (var files = Files.walk(archive)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
