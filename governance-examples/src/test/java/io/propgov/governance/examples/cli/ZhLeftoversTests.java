package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's Chinese output on the shipped samples and scenarios reads as Chinese: no ASCII
 * word is left but ids, numbers, dates and codes followed by their Chinese label (see
 * {@link ZhLeftovers} for what is allowed and why).
 */
class ZhLeftoversTests {

  private static final Path SAMPLE = Path.of("src/main/resources/io/propgov/governance/examples/samples/estates.json");
  private static final Path INVALID = Path.of("samples/invalid-estates.json");
  private static final Path SCENARIOS = Path.of("scenarios");
  private static final Path JIANGAN = Path.of("policies/wuhan-jiangan.json");

  /** The commands checked, one a line; each runs with {@code --lang zh} added. */
  private static List<List<String>> commands() {
    List<List<String>> commands = new ArrayList<>(List.of(
        List.of("evaluate"),
        List.of("evaluate", "--detail"),
        List.of("tree", "--policy", "wuhan-4", "--unit", "SD-JA", "--as-of", "2024-12-31"),
        List.of("diff", "--policy", "wuhan-4", "--policy-b", JIANGAN.toString(), "--as-of", "2024-12-31"),
        List.of("validate", INVALID.toString()),
        List.of("validate", JIANGAN.toString()),
        List.of("validate", JIANGAN.toString(), "--levels", "--as-of", "2024-12-31"),
        List.of("test", SCENARIOS.toString()),
        List.of("evaluate", "--format", "xml"),
        List.of("evaluate", "--bogus"),
        List.of("evaluate", "--facts", "no-such-facts.json")));
    if (new CommandLine(new GovernanceCli()).getSubcommands().containsKey("policy")) {
      commands.add(List.of("policy", "doc", "--policy", "cn-default"));
    }
    return commands;
  }

  @TestFactory
  Stream<DynamicTest> everyChineseOutputReadsAsChinese() {
    ZhLeftovers checker = ZhLeftovers.over(List.of(SAMPLE, INVALID, SCENARIOS),
        List.of(Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy"), Path.of("policies")));
    return commands().stream().map(command -> DynamicTest.dynamicTest(String.join(" ", command), () -> {
      List<String> args = new ArrayList<>(command);
      args.add("--lang");
      args.add("zh");
      Run run = GovernanceCliTests.run(args.toArray(String[]::new));
      run.assertNoStackTrace();
      assertTrue(!run.out().isBlank() || !run.err().isBlank(), "no output");
      List<ZhLeftovers.Leftover> left = new ArrayList<>(checker.find(run.out()));
      left.addAll(checker.find(run.err()));
      assertTrue(left.isEmpty(), () -> left.size() + " English word(s) left in `" + String.join(" ", args) + "`:\n"
          + left.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }));
  }

  /**
   * The Chinese HTML report as a reader sees it: its visible text, without scripts, styles,
   * tags and attributes (class names and data attributes are markup, not prose).
   */
  @Test
  void theChineseHtmlReportReadsAsChinese() {
    ZhLeftovers checker = ZhLeftovers.over(List.of(SAMPLE), List.of(
        Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy"), Path.of("policies")));
    Run run = GovernanceCliTests.run("evaluate", "--format", "html", "--lang", "zh");
    run.assertNoStackTrace();
    String text = visibleText(run.out());
    assertTrue(text.contains("小区"), () -> "no Chinese text found in the page: " + run.out().substring(0, Math.min(400, run.out().length())) + run.err());
    List<ZhLeftovers.Leftover> left = checker.find(text);
    assertTrue(left.isEmpty(), () -> left.size() + " English word(s) left in the Chinese HTML report:\n"
        + left.stream().map(Object::toString).collect(Collectors.joining("\n")));
  }

  /** The text of a page a browser shows: no script or style bodies, tags or entities. */
  static String visibleText(String html) {
    String text = html.replaceAll("(?s)<script\\b.*?</script>", "\n").replaceAll("(?s)<style\\b.*?</style>", "\n")
        .replaceAll("(?s)<[^>]*>", "\n");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ").replace("&amp;", "&");
  }

  @Test
  void theCheckerFindsEnglishAndPassesIdsAndLabelledCodes() {
    ZhLeftovers checker = ZhLeftovers.over(List.of(SAMPLE), List.of(Path.of("policies")));
    assertTrue(checker.find("小区 WH-JA-0001：DISMISS_COMPANY（解聘物业服务企业） /estates/0/id 2024-12-31 AAA级").isEmpty());
    List<String> words = checker.find("管理模式 the company，面积 16800 m²，DISMISS_COMPANY 等级 level-1").stream()
        .map(ZhLeftovers.Leftover::word).toList();
    assertTrue(words.equals(List.of("the", "company", "m²", "DISMISS_COMPANY", "level-1")), words.toString());
  }
}
