package io.propgov.governance.explain;

import io.propgov.governance.error.Printable;
import java.util.Locale;

/** Turns a decision into indented text, one line per headline, reason and citation. */
final class Renderer {

  private final Locale locale;
  private final StringBuilder out = new StringBuilder();

  Renderer(Locale locale) {
    this.locale = locale;
  }

  String render(Decision<?> decision) {
    append(decision, 0);
    return out.toString();
  }

  private void append(Decision<?> decision, int depth) {
    Conclusion value = decision.value();
    String indent = "  ".repeat(depth);
    // Ids and names from the input appear in these texts: none may break a line or drive a terminal.
    out.append(indent).append(Printable.of(Decision.headline(value, locale))).append('\n');
    for (Reason reason : decision.reasons()) {
      out.append(indent).append("  ").append(mark(reason.outcome())).append(' ')
          .append(reason.ruleId()).append(": ")
          .append(Printable.of(reason.text(locale)))
          .append(" [").append(Printable.of(reason.citation().text(locale))).append("]\n");
    }
    for (Decision<?> part : value.parts()) {
      append(part, depth + 1);
    }
  }

  private static String mark(Outcome outcome) {
    return switch (outcome) {
      case MET -> "[+]";
      case NOT_MET -> "[-]";
      case NOT_APPLICABLE -> "[ ]";
    };
  }
}
