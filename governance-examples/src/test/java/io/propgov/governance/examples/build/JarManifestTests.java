package io.propgov.governance.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The library jars name themselves in their manifests. They are built before this module's tests
 * in the reactor ({@code mvn verify}); a build of this module alone skips the check.
 */
class JarManifestTests {

  private static String version() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = JarManifestTests.class.getResourceAsStream(
        "/io/propgov/governance/examples/cli/sdk.properties")) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  @Test
  void coreAndJsonJarsCarryTitleAndImplementationVersion() throws IOException {
    String version = version();
    for (String module : new String[] {"governance-core", "governance-json"}) {
      Path jar = Path.of("..", module, "target", module + "-" + version + ".jar");
      assumeTrue(Files.exists(jar), "not built in this run: " + jar);
      try (JarFile file = new JarFile(jar.toFile())) {
        Attributes main = file.getManifest().getMainAttributes();
        assertEquals(version, main.getValue(Attributes.Name.IMPLEMENTATION_VERSION), jar.toString());
        assertEquals(module, main.getValue(Attributes.Name.IMPLEMENTATION_TITLE), jar.toString());
      }
      for (String classifier : new String[] {"sources", "javadoc"}) {
        Path extra = Path.of("..", module, "target", module + "-" + version + "-" + classifier + ".jar");
        assertTrue(Files.exists(extra), extra + " is built with " + jar);
      }
    }
  }
}
