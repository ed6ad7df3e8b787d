package io.propgov.governance.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli cannot parse, told in Chinese when it asked for Chinese: what is wrong
 * (an unknown option, a value not among those allowed, a required option missing), the words the
 * user typed echoed in quotes, and where the options are described. The English usage block is
 * left out: a Chinese reader is pointed to {@code --help} instead.
 */
final class UsageInChinese {

  private UsageInChinese() {}

  /**
   * Writes the error to the command's error stream.
   *
   * @param e the parse error, not null
   * @return the exit code for bad usage
   */
  static int report(CommandLine.ParameterException e) {
    CommandLine command = e.getCommandLine();
    command.getErr().println("错误：" + what(e));
    command.getErr().println("各选项的说明见 --help。");
    command.getErr().flush();
    return GovernanceCli.BAD_INPUT;
  }

  /** What is wrong, in Chinese. */
  static String what(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return "无法识别的选项或参数：" + quoted(unmatched.getUnmatched());
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> names = missing.getMissing().stream().map(UsageInChinese::name).toList();
      return "缺少必需的选项或参数：" + String.join("、", names);
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      return "选项 " + name(overwritten.getOverwritten()) + " 只能给出一次";
    }
    if (e instanceof CommandLine.MaxValuesExceededException) {
      return "给出的参数多于命令所接受的个数";
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      StringBuilder text = new StringBuilder(spec.isOption() ? "选项 " + name(spec) + " 的取值" : "参数 " + name(spec)
          + " 的取值").append(quoted(List.of(e.getValue()))).append("无效");
      List<String> allowed = new ArrayList<>();
      if (spec.completionCandidates() != null) {
        spec.completionCandidates().forEach(allowed::add);
      }
      if (!allowed.isEmpty()) {
        text.append("；可选的取值：").append(quoted(allowed));
      }
      return text.toString();
    }
    return spec == null ? "命令行有误" : "命令行有误（" + name(spec) + "）";
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> words) {
    return String.join("、", words.stream().map(w -> "“" + w + "”").toList());
  }
}
