package io.propgov.governance.examples.handbook;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.propgov.governance.examples.html.template.JtehandbookGenerated;

/**
 * Writes a {@link Handbook} as one self-contained HTML page (inline CSS and script, nothing
 * fetched): a summary, a contents list linking every parameter, and each parameter as a
 * collapsible section. The page comes from the jte template {@code handbook.jte}, compiled at
 * build time with HTML escaping on, as the {@code evaluate} report is.
 */
public final class HandbookHtml {

  private HandbookHtml() {}

  /**
   * Renders the page.
   *
   * @param book the handbook, not null
   * @return the page, a whole HTML document, never null
   */
  public static String render(Handbook book) {
    StringOutput out = new StringOutput(1 << 16);
    JtehandbookGenerated.render(new OwaspHtmlTemplateOutput(out), null, book);
    return out.toString();
  }
}
