package io.propgov.governance.examples.handbook;

import io.propgov.governance.examples.handbook.Shown.Cell;
import io.propgov.governance.examples.html.Labels;
import java.util.List;

/**
 * Writes a {@link Handbook} as Markdown: a summary, a contents list, then per rule area each
 * parameter with a table of its dated values, its bounds, rules and scenarios. Every value from the
 * policy is escaped ({@code \ | * _ ` [ ] < >}), so that a value never turns into markup.
 */
public final class HandbookMarkdown {

  private HandbookMarkdown() {}

  /**
   * Writes the handbook.
   *
   * @param book the handbook, not null
   * @return the Markdown document, ending with a line break, never null
   */
  public static String render(Handbook book) {
    Labels t = book.t();
    Handbook.Summary s = book.summary();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(t.get("handbook.title")).append(colon(t)).append(escape(s.policyId())).append("\n\n");
    b.append("## ").append(t.get("handbook.summary")).append("\n\n");
    line(b, t, t.get("handbook.policy"), code(s.policyId()));
    line(b, t, t.get("handbook.version"), escape(s.version()));
    if (!s.description().isEmpty()) {
      line(b, t, t.get("handbook.description"), escape(s.description()));
    }
    line(b, t, t.get("handbook.levels"), String.join(" > ", s.levels().stream().map(HandbookMarkdown::code).toList()));
    line(b, t, t.get("handbook.hash"), code(s.contentHash()));
    line(b, t, t.get("handbook.parameters"), String.valueOf(s.parameters()));
    line(b, t, t.get("handbook.values"), String.valueOf(s.values()));
    line(b, t, t.get("handbook.assumptions"), String.valueOf(s.assumptions()));
    line(b, t, t.get("handbook.scenarioCount"), String.valueOf(s.scenarios()));
    b.append('\n').append(escape(t.get("handbook.legend"))).append("\n\n");
    b.append(escape(book.rulesNote())).append(' ').append(escape(book.scenariosNote()));
    if (!book.scenarioFolder().isEmpty()) {
      b.append(' ').append(code(book.scenarioFolder()));
    }
    b.append("\n\n");

    b.append("## ").append(t.get("handbook.contents")).append("\n\n");
    for (Handbook.Section section : book.sections()) {
      b.append("- [").append(escape(section.title())).append("](#").append(section.anchor()).append(")\n");
      for (Handbook.Parameter p : section.parameters()) {
        b.append("  - [").append(code(p.id())).append("](#").append(p.anchor()).append(")\n");
      }
    }
    b.append('\n');
    for (Handbook.Section section : book.sections()) {
      b.append("<a id=\"").append(section.anchor()).append("\"></a>\n\n");
      b.append("## ").append(escape(section.title())).append("\n\n");
      for (Handbook.Parameter p : section.parameters()) {
        parameter(b, t, p);
      }
    }
    return b.toString();
  }

  private static void parameter(StringBuilder b, Labels t, Handbook.Parameter p) {
    b.append("<a id=\"").append(p.anchor()).append("\"></a>\n\n");
    b.append("### ").append(code(p.id())).append("\n\n");
    if (!p.description().isEmpty()) {
      b.append(escape(p.description())).append("\n\n");
    }
    b.append("| ").append(t.get("handbook.col.period")).append(" | ").append(t.get("handbook.col.value")).append(" | ")
        .append(t.get("handbook.col.source")).append(" | ").append(t.get("handbook.col.setBy")).append(" |\n");
    b.append("|---|---|---|---|\n");
    for (Handbook.Value v : p.values()) {
      b.append("| ").append(escape(v.period())).append(" | ").append(inline(v.shown(), t)).append(" | ")
          .append(v.assumption() ? "**" + escape(t.get("handbook.assumption")) + "**" + colon(t) : "")
          .append(escape(v.source())).append(" | ").append(code(v.setBy())).append(" |\n");
    }
    b.append('\n');
    for (Handbook.Value v : p.values()) {
      if (!v.shown().isInline()) {
        b.append(escape(v.period())).append(colon(t).strip()).append("\n\n").append(block(v.shown())).append('\n');
      }
    }
    b.append("**").append(t.get("handbook.bounds")).append("**");
    if (p.bounds().isEmpty()) {
      b.append(colon(t)).append(t.get("handbook.bounds.none")).append("\n\n");
    } else {
      b.append("\n\n");
      for (Handbook.Limit l : p.bounds()) {
        b.append("- ").append(code(l.level())).append(colon(t)).append(escape(l.kind()));
        if (l.limit() != null) {
          b.append(' ').append(inline(l.limit(), t));
        } else if (l.relativeToInherited()) {
          b.append(' ').append(escape(t.get("handbook.fixedAtInherited")));
        }
        b.append(t.chinese() ? "（" : " (").append(escape(l.source())).append(t.chinese() ? "）\n" : ")\n");
      }
      b.append('\n');
      for (Handbook.Limit l : p.bounds()) {
        if (l.limit() != null && !l.limit().isInline()) {
          b.append(code(l.level())).append(colon(t).strip()).append("\n\n").append(block(l.limit())).append('\n');
        }
      }
      b.append('\n');
    }
    b.append("**").append(t.get("handbook.rules")).append("**").append(colon(t));
    b.append(p.rules().isEmpty() ? t.get("handbook.rules.none")
        : String.join(", ", p.rules().stream().map(HandbookMarkdown::code).toList()));
    b.append("\n\n**").append(t.get("handbook.scenarios")).append("**");
    if (p.scenarios().isEmpty()) {
      b.append(colon(t)).append(t.get("handbook.scenarios.noneReach")).append("\n\n");
    } else {
      b.append(t.chinese() ? "（" : " (").append(p.scenarios().size()).append(t.chinese() ? "）\n\n" : ")\n\n");
      for (Handbook.ScenarioRef ref : p.scenarios()) {
        b.append("- ").append(code(ref.path()));
        if (!ref.name().isEmpty()) {
          b.append(colon(t)).append(escape(ref.name()));
        }
        b.append('\n');
      }
      b.append('\n');
    }
  }

  private static void line(StringBuilder b, Labels t, String name, String value) {
    b.append("- **").append(name).append("**").append(colon(t)).append(value).append('\n');
  }

  /** A colon in the reader's script: full width in Chinese. */
  private static String colon(Labels t) {
    return t.chinese() ? "：" : ": ";
  }

  /** A value in a table cell: inline as it is; a table or JSON by a pointer to the block below the table. */
  private static String inline(Shown shown, Labels t) {
    if (shown.isInline()) {
      return String.join(t.chinese() ? "、" : ", ", shown.inline().stream().map(HandbookMarkdown::cell).toList());
    }
    return "↓";
  }

  private static String block(Shown shown) {
    StringBuilder b = new StringBuilder();
    if (shown.isTable()) {
      b.append("| ").append(String.join(" | ", shown.headers().stream().map(HandbookMarkdown::cell).toList()))
          .append(" |\n|").append("---|".repeat(shown.headers().size())).append('\n');
      for (List<Cell> row : shown.rows()) {
        b.append("| ").append(String.join(" | ", row.stream().map(HandbookMarkdown::cell).toList())).append(" |\n");
      }
    } else {
      // A fence longer than any run of backticks in the value, so that none ends it early.
      String fence = "`".repeat(Math.max(3, longestRun(shown.json()) + 1));
      b.append(fence).append("json\n").append(shown.json()).append('\n').append(fence).append('\n');
    }
    return b.toString();
  }

  private static String cell(Cell cell) {
    return cell.text().isEmpty() ? "" : cell.code() ? code(cell.text()) : escape(cell.text());
  }

  /**
   * Escapes text for Markdown: backslash, pipe, emphasis, code, link and HTML characters, and line breaks.
   *
   * @param text the text, not null
   * @return the escaped text, never null
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Writes text as inline code, with a fence of backticks longer than any run inside it and a pipe
   * escaped, so that it stays one table cell.
   *
   * @param text the text, not null
   * @return the code span, never null
   */
  public static String code(String text) {
    String flat = text.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    String fence = "`".repeat(longestRun(flat) + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`");
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
  }

  private static int longestRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
