package io.propgov.governance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reports the tool's version and the commit it was built from, as {@code governance-cli 0.2.0
 * (commit abc1234)}. Both are recorded at build time: the version in {@code sdk.properties}, the
 * commit in {@code commit.properties} (written by the build from {@code git rev-parse}); a build
 * without git or outside a repository (a source archive) records none, and the tool says
 * {@code commit unknown}.
 */
final class Version implements CommandLine.IVersionProvider {

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  /** The version line. */
  static String line() {
    String version = read("sdk.properties").getProperty("version", "unknown");
    String commit = read("commit.properties").getProperty("commit", "");
    return "governance-cli " + version + " (commit " + (COMMIT.matcher(commit).matches() ? commit : "unknown") + ")";
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
