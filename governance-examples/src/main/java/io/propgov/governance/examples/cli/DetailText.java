package io.propgov.governance.examples.cli;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.Printable;
import io.propgov.governance.examples.report.Footnotes;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Reason;
import java.util.List;
import java.util.Locale;

/**
 * A decision as indented text for {@code evaluate --detail}: its headline, one line per reason
 * with the mark of what it means for the reader ({@link Marks}), its rule id, its text and the
 * number of its citation's footnote, then the nested decisions indented. Every citation is
 * printed once, with the footnotes at the end of the report.
 */
final class DetailText {

  private final Locale locale;
  private final Footnotes footnotes;

  DetailText(Locale locale, Footnotes footnotes) {
    this.locale = locale;
    this.footnotes = footnotes;
  }

  /** The decision and every decision within it, each line ending with a line end. */
  String render(Decision<?> decision) {
    StringBuilder out = new StringBuilder();
    append(out, decision, 0);
    return out.toString();
  }

  /** Only the decision's headline, indented as its place in a list. */
  String headline(Decision<?> decision, int depth) {
    return "  ".repeat(depth) + Printable.of(decision.headline(locale)) + "\n";
  }

  private void append(StringBuilder out, Decision<?> decision, int depth) {
    Conclusion value = decision.value();
    String indent = "  ".repeat(depth);
    // Ids and names from the input appear in these texts: none may break a line or drive a terminal.
    out.append(headline(decision, depth));
    for (Reason reason : decision.reasons()) {
      out.append(indent).append("  ").append(Marks.of(reason)).append(' ').append(reason.ruleId()).append(": ")
          .append(Printable.of(reason.text(locale))).append(' ').append(footnotes.marker(reason.citation()))
          .append('\n');
    }
    for (Decision<?> part : value.parts()) {
      append(out, part, depth + 1);
    }
  }

  /** A headline for what was not judged, then each error that kept it from being judged. */
  static String errors(String headline, List<InputError> errors) {
    StringBuilder out = new StringBuilder(Printable.of(headline)).append('\n');
    errors.forEach(e -> out.append("  [!] ").append(e).append('\n'));
    return out.toString();
  }
}
