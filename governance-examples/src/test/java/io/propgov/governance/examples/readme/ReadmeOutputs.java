package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the README shows a Java call print: a plain block marked {@code <!-- readme-output: NAME -->}
 * on the line above it, checked by the test that makes the call. Each line shown must match a
 * line printed, in order (an abridged block leaves lines out); {@code …} within a line matches
 * any text.
 */
public final class ReadmeOutputs {

  private static final Path README = Path.of("..", "README.md");

  private ReadmeOutputs() {
  }

  /**
   * Fails unless the README's block {@code name} shows lines of {@code printed}, in order.
   *
   * @param name the block's marker name
   * @param printed what the call printed
   * @throws IOException when the README cannot be read
   */
  public static void assertShows(String name, String printed) throws IOException {
    List<String> shown = block(Files.readAllLines(README, StandardCharsets.UTF_8), name);
    List<String> lines = printed.lines().toList();
    int at = 0;
    for (String line : shown) {
      Pattern pattern = pattern(line);
      while (at < lines.size() && !pattern.matcher(lines.get(at)).matches()) {
        at++;
      }
      if (at == lines.size()) {
        fail("README.md, block readme-output: " + name + ", shows a line that is not printed (or not in this order):\n  "
            + line + "\nprinted:\n" + printed);
      }
      at++;
    }
  }

  /** The lines of the block marked {@code name}. */
  static List<String> block(List<String> readme, String name) {
    String marker = "<!-- readme-output: " + name + " -->";
    for (int i = 0; i + 1 < readme.size(); i++) {
      if (readme.get(i).strip().equals(marker)) {
        assertTrue(readme.get(i + 1).strip().startsWith("```"), "the marker " + marker + " must stand right above a block");
        List<String> lines = new ArrayList<>();
        for (int j = i + 2; j < readme.size() && !readme.get(j).strip().equals("```"); j++) {
          lines.add(readme.get(j));
        }
        return lines;
      }
    }
    throw new AssertionError("README.md has no block marked " + marker);
  }

  /** A shown line as a pattern: literal, with {@code …} for any text. */
  static Pattern pattern(String line) {
    StringBuilder regex = new StringBuilder();
    for (String part : line.split("…", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
