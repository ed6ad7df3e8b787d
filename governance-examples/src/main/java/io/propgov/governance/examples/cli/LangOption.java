package io.propgov.governance.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that explain decisions, read the same way by each. */
final class LangOption {

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "en or zh: the language of the explanations (default: ${DEFAULT-VALUE}).")
  private String lang;

  /** The language as given, {@code en} or {@code zh}. */
  String lang() {
    return lang;
  }

  /** The locale of the explanations; refuses a language other than en or zh. */
  Locale locale() {
    return Options.locale(lang);
  }
}
