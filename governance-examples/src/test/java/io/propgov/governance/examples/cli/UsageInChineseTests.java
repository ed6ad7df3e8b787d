package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import org.junit.jupiter.api.Test;

/** A command line that cannot be parsed is told in the language it asked for, exit code 2. */
class UsageInChineseTests {

  @Test
  void anUnknownOptionIsNamedInChinese() {
    Run run = GovernanceCliTests.run("evaluate", "--lang", "zh", "--bogus");
    assertEquals(2, run.code());
    assertEquals("错误：无法识别的选项或参数：“--bogus”\n各选项的说明见 --help。\n", run.err());
    assertTrue(run.out().isEmpty(), run.out());
  }

  @Test
  void aValueOutsideTheAllowedOnesListsThemInChinese() {
    Run run = GovernanceCliTests.run("evaluate", "--format", "xml", "--lang=zh");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("错误：选项 --format 的取值“xml”无效；可选的取值：“text”、“json”、“csv”、“html”\n"),
        run.err());
    assertFalse(run.err().contains("Usage"), run.err());
  }

  @Test
  void aMissingParameterIsNamedInChinese() {
    Run run = GovernanceCliTests.run("evaluate", "--lang", "zh", "--facts");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("错误：缺少必需的选项或参数：--facts"), run.err());
  }

  @Test
  void englishKeepsPicocliWordsAndTheUsage() {
    Run run = GovernanceCliTests.run("evaluate", "--bogus");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("Unknown option: '--bogus'"), run.err());
    assertTrue(run.err().contains("Usage: governance evaluate"), run.err());
  }

  @Test
  void aFileThatDoesNotExistIsToldInChinese() {
    Run run = GovernanceCliTests.run("evaluate", "--lang", "zh", "--facts", "no-such-facts.json");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("无法读取 no-such-facts.json：文件不存在"), run.err());
  }
}
