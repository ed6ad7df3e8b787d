package io.propgov.governance.examples.cli;

import java.util.Locale;

/** Parsing of the options shared by several commands. */
final class Options {

  private Options() {}

  /** Maps {@code --lang} to a locale: {@code en} or {@code zh}. */
  static Locale locale(String lang) {
    return switch (lang) {
      case "en" -> Locale.ENGLISH;
      case "zh", "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
      default -> throw new GovernanceCli.UsageError("--lang must be en or zh, was '" + lang + "'");
    };
  }
}
