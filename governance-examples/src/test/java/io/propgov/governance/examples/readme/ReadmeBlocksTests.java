package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every code block of the README is one that some test checks against what the software does. */
class ReadmeBlocksTests {

  /** The {@code readme-output} blocks, each asserted by the test that makes the call it shows. */
  static final Set<String> OUTPUTS = Set.of("credit", "subsidy-refusal", "subsidy-allocation", "layer-bound");

  private static final String CLI = "java -jar governance-examples/target/governance-cli.jar";

  @Test
  void everyBlockIsCheckedByATest() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> unchecked = new ArrayList<>();
    TreeSet<String> outputs = new TreeSet<>();
    String previousKind = null;
    for (int i = 0; i < readme.size(); i++) {
      String fence = readme.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      String kind = fence.substring(3);
      int end = i + 1;
      while (!readme.get(end).strip().equals("```")) {
        end++;
      }
      String above = i > 0 ? readme.get(i - 1).strip() : "";
      boolean afterSh = "sh".equals(previousKind) && readme.subList(closeOfPrevious(readme, i), i).stream()
          .allMatch(String::isBlank);
      boolean checked = switch (kind) {
        case "java", "xml", "sh" -> true;        // consumer build, its pom, the command-line run
        case "json" -> above.startsWith("<!-- readme-json: ");
        default -> readme.get(i + 1).startsWith("$ " + CLI) || afterSh || above.startsWith("<!-- readme-output: ")
            || above.startsWith("<!-- readme-illustration: ");
      };
      if (above.startsWith("<!-- readme-output: ")) {
        outputs.add(above.substring("<!-- readme-output: ".length(), above.length() - " -->".length()));
      }
      if (!checked) {
        unchecked.add("line " + (i + 1) + " ```" + kind);
      }
      previousKind = kind;
      i = end;
    }
    assertEquals(List.of(), unchecked, "README blocks no test checks: mark them (see Testing, The README is tested)");
    assertEquals(new TreeSet<>(OUTPUTS), outputs, "readme-output blocks and the names the tests assert");
  }

  private static int closeOfPrevious(List<String> readme, int open) {
    int at = open - 1;
    while (at > 0 && !readme.get(at).strip().equals("```")) {
      at--;
    }
    return at + 1;
  }
}
