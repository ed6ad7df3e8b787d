package io.propgov.governance.examples.cli;

import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.PolicyLayer;
import java.nio.file.Path;
import java.util.List;
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

  /** Adds the policy files given with {@code --parent} to the parents a policy may extend. */
  static GovernanceJson withParents(GovernanceJson json, List<Path> parents) {
    if (parents == null || parents.isEmpty()) {
      return json;
    }
    List<PolicyLayer> layers = parents.stream().map(json::readLayer).toList();
    return json.withParents(layers);
  }
}
