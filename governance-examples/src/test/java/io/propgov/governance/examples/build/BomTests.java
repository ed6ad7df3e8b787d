package io.propgov.governance.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * governance-bom has no parent (importing it must bring nothing of the SDK build's own), so its
 * version and its Jackson version are written twice: they must be the build's. That the BOM makes
 * a host's dependencies converge is host-example's check (enforcer, dependencyConvergence).
 */
class BomTests {

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1);
  }

  @Test
  void theBomPinsThisBuildsVersionAndItsJackson() throws IOException {
    String parent = Files.readString(Path.of("..", "pom.xml"));
    String bom = Files.readString(Path.of("..", "governance-bom", "pom.xml"));
    String version = first(parent, "<artifactId>governance-parent</artifactId>\\s*<version>([^<]+)</version>");
    assertEquals(version, first(bom, "<artifactId>governance-bom</artifactId>\\s*<version>([^<]+)</version>"));
    assertEquals(first(parent, "<jackson.version>([^<]+)</jackson.version>"),
        first(bom, "<jackson.version>([^<]+)</jackson.version>"));
    for (String module : new String[] {"governance-core", "governance-json"}) {
      assertTrue(bom.contains("<artifactId>" + module + "</artifactId>\n        <version>${project.version}</version>"),
          module + " pinned at the BOM's version");
    }
    assertTrue(bom.contains("<artifactId>jackson-bom</artifactId>"), "Jackson's BOM imported");
  }
}
