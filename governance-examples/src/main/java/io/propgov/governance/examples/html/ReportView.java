package io.propgov.governance.examples.html;

import java.util.List;

/**
 * The HTML report's page, every value already in the reader's language: what the template
 * {@code report.jte} shows. Values are plain text; the template escapes each one.
 *
 * @param t the page's own words, never null
 * @param policy the policy as {@code id@version}, never null
 * @param asOf the as-of date as the user reads it, never null
 * @param totals the summary's totals in words, one line each, never null
 * @param columns the summary table's headings, never null
 * @param rows one summary row per estate, in input order, never null
 * @param statuses the statuses the filter offers, in a fixed order, never null
 * @param estates each estate's section, in input order, never null
 * @param tree the organisation tree's part, never null
 * @param credit the credit part, never null
 * @param subsidies the subsidy part, never null
 * @param foot the foot: policy, date and receipt, never null
 * @param sources the citations the reasons refer to by number, never null
 */
public record ReportView(Labels t, String policy, String asOf, List<String> totals, Columns columns, List<SummaryRow> rows,
    List<Option> statuses, List<EstateView> estates, TreeView tree, CreditView credit, SubsidyView subsidies,
    Foot foot, List<Source> sources) {

  /**
   * A choice of the status filter.
   *
   * @param value the status code the rows carry, never null
   * @param label what the reader sees, never null
   * @param count the rows with that status
   */
  public record Option(String value, String label, int count) {}

  /**
   * One estate's row of the summary table (from the summary row model shared with the text and CSV
   * reports); an empty cell is a part the estate was not judged on.
   *
   * @param anchor the id of the estate's section on the page (from its position, never from input)
   * @param id the estate's id, as given
   * @param name its name, empty when none
   * @param status its status code, for the filter
   * @param statusLabel its status in words
   * @param tone what the status means for the reader, for styling: good, watch, bad or none
   * @param score its latest valid rating's score
   * @param scoreSort the same, for sorting
   * @param failures consecutive failed rounds of those required to start a dismissal
   * @param failuresSort the failed rounds, for sorting
   * @param vote its latest owners' vote and how it ended
   * @param tier its service tier and the target
   * @param mode its management mode
   * @param company the company serving it
   * @param grade the company's credit grade in words
   * @param listed whether the company is on the blacklist, in words
   * @param awards the money awarded to its applications
   * @param awardsSort the same amount, for sorting
   */
  public record SummaryRow(String anchor, String id, String name, String status, String statusLabel, String tone,
      String score, String scoreSort, String failures, String failuresSort, String vote, String tier, String mode,
      String company, String grade, String listed, String awards, String awardsSort) {}

  /**
   * The summary table's column headings, in the words the text and CSV reports use.
   *
   * @param estate the estate's id
   * @param name its name
   * @param status its status
   * @param score the latest rating's score
   * @param failures the consecutive failed rounds
   * @param vote the latest vote
   * @param tier the service tier and target
   * @param mode the management mode
   * @param company the company
   * @param credit its credit grade
   * @param listed whether it is on the blacklist
   * @param awards the money awarded
   */
  public record Columns(String estate, String name, String status, String score, String failures, String vote,
      String tier, String mode, String company, String credit, String listed, String awards) {}

  /**
   * One decision with its reasons and the decisions it is made of.
   *
   * @param headline the one-line conclusion
   * @param reasons the rules applied, in order
   * @param parts the nested decisions
   */
  public record DecisionView(String headline, List<ReasonView> reasons, List<DecisionView> parts) {}

  /**
   * One rule applied.
   *
   * @param ruleId the stable rule id
   * @param outcome the outcome code, for styling
   * @param outcomeLabel the outcome in words
   * @param text the reason's message with its figures
   * @param source the number of its citation in {@link ReportView#sources()}
   */
  public record ReasonView(String ruleId, String outcome, String outcomeLabel, String text, int source) {}

  /**
   * A cited source, numbered in order of first use.
   *
   * @param number its number, from 1
   * @param text the citation in the reader's language
   * @param assumption whether the value cited is a model assumption
   */
  public record Source(int number, String text, boolean assumption) {}

  /**
   * One estate's section.
   *
   * @param anchor the section's id on the page
   * @param title the estate's name and id
   * @param status its status code
   * @param statusLabel its status in words
   * @param notAssessed the areas not assessed, with why, in words
   * @param errors the errors that kept it from being assessed, empty when assessed
   * @param decisions its decisions: the areas' statuses, then the estate, credit and subsidy decisions
   */
  public record EstateView(String anchor, String title, String status, String statusLabel, List<String> notAssessed,
      List<String> errors, List<DecisionView> decisions) {}

  /**
   * The organisation tree's part.
   *
   * @param note why the tree is not shown, empty when it is
   * @param errors the errors that kept it from being judged
   * @param units each unit with its bars, depth-first
   * @param reports the report on each root unit, then each root's owners' representation and the work orders
   * @param rejected what the reports left out for invalid facts
   */
  public record TreeView(String note, List<String> errors, List<UnitView> units, List<DecisionView> reports,
      List<String> rejected) {}

  /**
   * One unit of the tree with its rates drawn as bars.
   *
   * @param title the unit's name and id
   * @param level its level id
   * @param depth its depth, 0 for a root
   * @param estates the estates of its subtree
   * @param bars one bar per rate
   */
  public record UnitView(String title, String level, int depth, int estates, List<Bar> bars) {}

  /**
   * One rate as a bar.
   *
   * @param label the rate's name
   * @param text the rate exactly: counted / whole (percentage), or a dash
   * @param width the bar's width in pixels, of {@link #FULL}
   */
  public record Bar(String label, String text, int width) {
    /** The width of a full bar, 100%. */
    public static final int FULL = 200;
  }

  /**
   * The credit part.
   *
   * @param note why credit is not judged, empty when it is
   * @param companies one row per company
   * @param households one row per household
   * @param errors the companies and households not assessed, with their errors
   */
  public record CreditView(String note, List<CreditRow> companies, List<ArrearsRow> households, List<String> errors) {}

  /**
   * One company's credit.
   *
   * @param company the company's name and id
   * @param score its score
   * @param grade its grade in words
   * @param listing its blacklist status in words
   * @param details its credit decision
   */
  public record CreditRow(String company, String score, String grade, String listing, DecisionView details) {}

  /**
   * One household's arrears.
   *
   * @param household the household's id
   * @param outstanding the amount outstanding
   * @param claimable the amount within the limitation period
   * @param nextStep the next step of the ladder, or a dash
   * @param from the first day it may be taken, or a dash
   * @param details its arrears decision
   */
  public record ArrearsRow(String household, String outstanding, String claimable, String nextStep, String from,
      DecisionView details) {}

  /**
   * The subsidy part.
   *
   * @param awards one row per application
   * @param allocations each programme's allocation
   * @param costShares each cost split
   * @param errors the applications and cost shares not judged, with their errors
   */
  public record SubsidyView(List<AwardRow> awards, List<DecisionView> allocations, List<DecisionView> costShares,
      List<String> errors) {}

  /**
   * One application's award.
   *
   * @param application the application's id
   * @param programme the programme in words
   * @param estate the estate's id
   * @param company the company's id
   * @param eligible yes or no, in words
   * @param amount the amount awarded
   * @param details its decision
   */
  public record AwardRow(String application, String programme, String estate, String company, String eligible,
      String amount, DecisionView details) {}

  /**
   * The foot of the page.
   *
   * @param policyId the policy's id
   * @param version its version
   * @param levels its levels, outermost first, joined
   * @param policyHash its content hash
   * @param asOf the as-of date
   * @param receiptHash the JSON report's receipt hash
   * @param sdkVersion the SDK's version
   */
  public record Foot(String policyId, String version, String levels, String policyHash, String asOf,
      String receiptHash, String sdkVersion) {}
}
