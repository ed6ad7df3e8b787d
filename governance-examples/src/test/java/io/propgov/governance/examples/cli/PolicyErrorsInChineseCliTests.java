package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code validate --lang zh} on each shipped policy the engine's checks reject prints its errors
 * in Chinese only: the headline, and every error the policy checks found, with no English word
 * left but ids, codes followed by their Chinese names, and values echoed in quotes.
 */
class PolicyErrorsInChineseCliTests {

  private static final Path POLICIES = Path.of("policies");

  /** The shipped policies {@code validate} rejects. */
  private static List<Path> invalid() throws IOException {
    try (Stream<Path> files = Files.list(POLICIES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .filter(f -> GovernanceCliTests.run("validate", f.toString()).code() != 0).toList();
    }
  }

  @Test
  void theShippedBadPoliciesAreTheModeTablesGapAndOverlap() throws IOException {
    assertTrue(invalid().containsAll(List.of(POLICIES.resolve("mode-table-gap.json"),
        POLICIES.resolve("mode-table-overlap.json"))), () -> "rejected: " + invalidOrNone());
  }

  @TestFactory
  Stream<DynamicTest> eachBadPolicyIsReportedInChineseOnly() throws IOException {
    ZhLeftovers checker = ZhLeftovers.over(List.of(),
        List.of(Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy"), POLICIES));
    return invalid().stream().map(policy -> DynamicTest.dynamicTest(policy.getFileName().toString(), () -> {
      Run run = GovernanceCliTests.run("validate", "--lang", "zh", policy.toString());
      run.assertNoStackTrace();
      assertEquals(2, run.code(), run::err);
      String printed = run.out() + run.err();
      assertTrue(printed.contains("政策有误"), printed);
      List<ZhLeftovers.Leftover> left = checker.find(printed);
      assertTrue(left.isEmpty(), () -> left.size() + " English word(s) left:\n"
          + left.stream().map(Object::toString).collect(Collectors.joining("\n")) + "\nin:\n" + printed);
    }));
  }

  private static String invalidOrNone() {
    try {
      return invalid().toString();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
