package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.propgov.governance.examples.readme.ReadmeCliExamples.Example;
import io.propgov.governance.examples.readme.ReadmeCliExamples.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How README command-line examples are found and compared; the runs themselves happen in verify. */
class ReadmeCliExamplesTests {

  private static final String CLI = "java -jar governance-examples/target/governance-cli.jar";

  @Test
  void findsCommandsAndTheOutputTheReadmeShowsForThem() {
    List<String> readme = List.of(
        "```sh",                                                    // 1
        "# 1. build, then run",                                     // 2
        "mvn -q package && " + CLI + " evaluate",                   // 3
        "# 2. test",                                                // 4
        "mvn -B verify",                                            // 5
        "```",                                                      // 6
        "```sh",                                                    // 7
        CLI + " verify report.json",                                // 8
        "# verified: …",                                            // 9
        "```",                                                      // 10
        "```sh",                                                    // 11
        CLI + " diff",                                              // 12
        "```",                                                      // 13
        "",                                                         // 14
        "```",                                                      // 15
        "What if: …",                                               // 16
        "```",                                                      // 17
        "```",                                                      // 18
        "$ " + CLI + " validate bad.json",                          // 19
        "error: policy invalid, 1 error:",                          // 20
        "```",                                                      // 21
        "```sh",                                                    // 22
        "java -jar governance-bench/target/benchmarks.jar",         // 23
        "```");                                                     // 24
    assertEquals(List.of(
        new Example(3, CLI + " evaluate", null),
        new Example(8, CLI + " verify report.json", List.of("verified: …")),
        new Example(12, CLI + " diff", List.of("What if: …")),
        new Example(19, CLI + " validate bad.json", List.of("error: policy invalid, 1 error:"))),
        ReadmeCliExamples.examples(readme));
  }

  @Test
  void anEllipsisMatchesAnyTextInALineAndAnyLinesOnItsOwn() {
    List<String> shown = List.of("verified (receipt bfb1…)", "…", "signature: valid");
    assertNull(ReadmeCliExamples.matches(shown, List.of("verified (receipt bfb1c7)", "policy: x", "as of", "signature: valid")));
    assertNull(ReadmeCliExamples.matches(shown, List.of("verified (receipt bfb1c7)", "signature: valid")));
    assertEquals("the README shows 'verified (receipt bfb1…)', it printed 'verified (receipt 0000)'",
        ReadmeCliExamples.matches(shown, List.of("verified (receipt 0000)", "signature: valid")));
    assertEquals("the README shows no more lines, but it printed: extra",
        ReadmeCliExamples.matches(List.of("a"), List.of("a", "extra")));
    assertEquals("the README shows 'b', but the output ended", ReadmeCliExamples.matches(List.of("a", "b"), List.of("a")));
  }

  @Test
  void anErrorShownMustExitNonZeroAndAnythingElseZero() {
    Example error = new Example(1, CLI + " validate bad.json", List.of("error: policy invalid, 1 error:"));
    assertNull(ReadmeCliExamples.check(error, new Run(2, List.of("error: policy invalid, 1 error:"))));
    assertEquals("exit 0, expected non-zero: the README shows an error\nerror: policy invalid, 1 error:",
        ReadmeCliExamples.check(error, new Run(0, List.of("error: policy invalid, 1 error:"))));
    assertEquals("exit 1, expected 0\nboom", ReadmeCliExamples.check(new Example(1, CLI + " test", null),
        new Run(1, List.of("boom"))));
  }

  @Test
  void aFileThatNeitherShipsNorWasWrittenIsNamed() {
    Path work = Path.of("..");
    assertEquals("my-estates.json",
        ReadmeCliExamples.missingFile(ReadmeCliExamples.words(CLI + " validate my-estates.json"), work, Set.of()));
    assertNull(ReadmeCliExamples.missingFile(ReadmeCliExamples.words(CLI + " verify report.json"), work,
        Set.of("report.json")));
    assertNull(ReadmeCliExamples.missingFile(ReadmeCliExamples.words(
        CLI + " validate governance-examples/policies/wuhan-jiangan.json --zone Asia/Shanghai"), work, Set.of()));
  }
}
