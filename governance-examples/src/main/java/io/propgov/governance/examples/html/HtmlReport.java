package io.propgov.governance.examples.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.propgov.governance.examples.html.template.JtereportGenerated;
import java.util.Locale;

/**
 * The HTML report of {@code evaluate}: one self-contained page (inline CSS, SVG and script, nothing
 * fetched) with the summary table, each estate's decisions with their reasons, the organisation
 * tree and its rates, credit, subsidies and the receipt at the foot. The page comes from the jte
 * template {@code report.jte}, compiled to Java at build time with HTML escaping on: every value
 * from the input appears as text.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param inputs what the evaluation computed, not null
   * @param locale any {@code zh} locale for a page wholly in Simplified Chinese, any other for English, not null
   * @return the page, a whole HTML document, never null
   */
  public static String render(ReportInputs inputs, Locale locale) {
    return render(view(inputs, locale));
  }

  /**
   * Builds the page's view: every value in the reader's language, not yet escaped.
   *
   * @param inputs what the evaluation computed, not null
   * @param locale the reader's locale, not null
   * @return the view, never null
   */
  public static ReportView view(ReportInputs inputs, Locale locale) {
    return ReportViews.of(inputs, locale);
  }

  /**
   * Renders a view with the compiled template.
   *
   * @param view the view, not null
   * @return the page, never null
   */
  public static String render(ReportView view) {
    StringOutput out = new StringOutput(1 << 16);
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, view);
    return out.toString();
  }
}
