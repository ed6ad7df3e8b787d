package io.propgov.governance.examples.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Records the commit the build is made from, for {@code governance-cli --version}: runs
 * {@code git rev-parse --short HEAD} in a directory and writes {@code commit=<hash>} to a
 * properties file, or {@code commit=unknown} when there is no git or no repository (a build from
 * a source archive). Never fails the build, needs no network. Run by the build (exec:java,
 * process-test-classes) before the jar is made.
 */
public final class BuildCommit {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{7,40}");

  private BuildCommit() {}

  /**
   * Writes the file.
   *
   * @param args the directory to ask git in, and the properties file to write
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "commit=" + commit(Path.of(args[0])) + "\n", StandardCharsets.UTF_8);
  }

  static String commit(Path directory) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
          .directory(directory.toFile()).redirectErrorStream(true).start();
      git.getOutputStream().close();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!git.waitFor(30, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return "unknown";
      }
      return git.exitValue() == 0 && HASH.matcher(out).matches() ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
