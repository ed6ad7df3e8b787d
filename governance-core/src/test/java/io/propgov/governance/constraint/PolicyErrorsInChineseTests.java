package io.propgov.governance.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.WholeFixtures;
import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsActions;
import io.propgov.governance.credit.ArrearsLadder;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.ConsequenceTable;
import io.propgov.governance.credit.ConsequenceTrigger;
import io.propgov.governance.credit.ConsequenceTypes;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.LadderStep;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Label;
import io.propgov.governance.layer.Bound;
import io.propgov.governance.layer.BoundKind;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.PolicyRegistry;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.metrics.RateDefinitions;
import io.propgov.governance.metrics.RateFixtures;
import io.propgov.governance.money.MoneyParameters;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationScheme;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.owners.OwnersFixtures;
import io.propgov.governance.owners.OwnersParameters;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.policy.Timeline;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.service.DecisionTable;
import io.propgov.governance.service.HitPolicy;
import io.propgov.governance.service.MetricDirection;
import io.propgov.governance.service.ServiceCatalogue;
import io.propgov.governance.service.ServiceItem;
import io.propgov.governance.service.ServiceMetric;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceModes;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.service.ServiceStandard;
import io.propgov.governance.service.ServiceTier;
import io.propgov.governance.service.TableInput;
import io.propgov.governance.service.TableRow;
import io.propgov.governance.subsidy.SubsidyRules;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.workorder.WorkOrderParameters;
import io.propgov.governance.contract.ContractParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every message the policy checks write reads in Chinese from a template: a corpus of invalid
 * policies produces each policy-check template at least once, and every error it produces renders
 * in Chinese from templates alone, with no English word left once its data (ids, parameter ids,
 * codes, numbers, dates) is taken out. A new policy check that writes its message in English only
 * fails here, as does a template no invalid policy here reaches.
 */
class PolicyErrorsInChineseTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  /** When a value a test puts into the whole policy takes effect: every other value is in force then. */
  private static final LocalDate LATER = LocalDate.of(2024, 1, 1);
  private static final Citation SOURCE = new Citation("test variant", "测试用变体");
  private static final GovernancePolicy ALL = WholeFixtures.ALL_AREAS;
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  /** The templates the field constraints, the JSON reader and the file readers write; no policy check. */
  private static final Set<String> NOT_POLICY = Set.of("required", "required.item", "minLength", "minimum", "maximum",
      "exclusiveMinimum", "multipleOf", "minItems.one", "minItems.other", "notBefore", "enum", "exclusiveMaximum",
      "uniqueItems", "io", "io.missing", "io.denied");

  @Test
  void everyPolicyErrorReadsInChineseFromItsTemplates() {
    List<InputError> corpus = corpus();
    Set<String> reached = new TreeSet<>();
    for (InputError error : corpus) {
      ErrorMessages.Rendering zh = ErrorMessages.chinese(error);
      assertTrue(zh.complete(), () -> "no template accounts for " + error.code() + ": " + error.message()
          + "\n  rendered: " + zh.text());
      reached.addAll(zh.keys());
      String words = zh.text();
      for (String data : zh.data().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
        words = words.replace(data, "");
      }
      assertFalse(LATIN.matcher(words).find(), () -> "English left in " + zh.text() + " (from " + error + ")");
      assertFalse(zh.text().equals(error.message()), () -> "shown in English: " + error);
    }
    Set<String> policyKeys = new TreeSet<>(ConstraintMessages.ENGLISH.keys());
    policyKeys.removeAll(NOT_POLICY);
    policyKeys.removeAll(reached);
    assertEquals(Set.of(), policyKeys, "policy-check templates no invalid policy here reaches");
  }

  @Test
  void noChineseTemplateHasAnEnglishWordOutsideItsPlaceholders() {
    for (String key : ConstraintMessages.CHINESE.keys()) {
      String words = ConstraintMessages.PLACEHOLDER.matcher(ConstraintMessages.CHINESE.template(key)).replaceAll("");
      if (!key.startsWith("io") && !key.equals("required.item")) { // "null" is JSON's word
        assertFalse(LATIN.matcher(words).find(), () -> key + " = " + ConstraintMessages.CHINESE.template(key));
      }
    }
  }

  @Test
  void eachChineseTemplateShowsTheEnglishPlaceholdersButItsEnglishProse() {
    assertEquals(ConstraintMessages.ENGLISH.keys(), ConstraintMessages.CHINESE.keys());
    for (String key : ConstraintMessages.ENGLISH.keys()) {
      Set<String> english = names(ConstraintMessages.ENGLISH.template(key));
      Set<String> chinese = names(ConstraintMessages.CHINESE.template(key));
      assertTrue(english.containsAll(chinese), key);
      // Only a parameter's English description and a source's English text have no place in Chinese.
      english.removeAll(chinese);
      assertTrue(Set.of("description", "source").containsAll(english), key + " leaves out " + english);
    }
  }

  @Test
  void theModeTablesGapReadsInChineseWithItsCombinationsAsData() {
    InputError gap = single(GovernanceEngine.check(with(ALL, ServiceParameters.MODE_TABLE, table(HitPolicy.FIRST,
        List.of("a", "b"), List.of(new TableRow("only-a", Map.of("n", Set.of("a")), "MARKET"))))));
    assertEquals("1 combination(s) of input values match no row: {n=b}. Add rows for them, or a last row that accepts"
        + " any value under the FIRST hit policy", gap.message());
    assertEquals("有 1 种输入取值组合没有任何行匹配：（“n”=“b”）。请为这些组合补充行，或在 FIRST（首条命中）规则下加一条接受任意取值的末行",
        ErrorMessages.message(gap, ZH));
  }

  @Test
  void anErrorInALevelAboveSaysWhichLevelInChinese() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(root(), level("city", "root", new BigDecimal("50"))));
    InputError error = single(errors(() -> registry.resolve(level("district", "city", new BigDecimal("70")))));
    assertEquals("在 district 所继承的政策 city 中：satisfaction.pass-line：值 50 违反 root 设定的限定“不低于 60”",
        ErrorMessages.message(error, ZH));
  }

  /** The names a template's placeholders carry, formats left out. */
  private static Set<String> names(String template) {
    Set<String> names = new TreeSet<>();
    ConstraintMessages.PLACEHOLDER.matcher(template).results().forEach(m -> names.add(m.group(1)));
    return names;
  }

  private static InputError single(List<InputError> errors) {
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  /** Invalid policies, layers and registries, and what the checks say of each. */
  private static List<InputError> corpus() {
    List<InputError> all = new ArrayList<>();
    all.addAll(areaErrors());
    all.addAll(serviceErrors());
    all.addAll(builderErrors());
    all.addAll(layerErrors());
    all.addAll(registryErrors());
    all.addAll(definitionErrors());
    return all;
  }

  private static List<InputError> areaErrors() {
    List<InputError> all = new ArrayList<>();
    all.addAll(GovernanceEngine.check(without(ALL, VoteParameters.ORDINARY_RULE)));
    all.addAll(GovernanceEngine.check(with(ALL, SatisfactionParameters.PASS_LINE, new BigDecimal("200"))));
    all.addAll(GovernanceEngine.check(with(ALL, OrgParameters.ESCALATION, new EscalationScheme(List.of(
        new Severity("small", "Small matter", "小事", "nowhere", 3, DayCount.WORKING)), true))));
    all.addAll(GovernanceEngine.check(with(ALL, CreditParameters.CONSEQUENCES, new ConsequenceTable(List.of(
        new ConsequenceTrigger(Consequence.BARRED_FROM_BIDDING, Set.of("Z"), true))))));
    all.addAll(GovernanceEngine.check(with(ALL, CreditParameters.LADDER, new ArrearsLadder(List.of(
        new LadderStep(ArrearsAction.REMINDER, 1), new LadderStep(ArrearsAction.CUT_WATER, 5))))));
    all.addAll(GovernanceEngine.check(with(ALL, WorkOrderParameters.CREDIT_EVENT, "NO_SUCH_EVENT")));
    all.addAll(SubsidyRules.check(without(ALL, CreditParameters.CONSEQUENCE_TYPES)));
    GovernancePolicy.Builder owners = owners().set(OwnersParameters.FIRST_ASSEMBLY_YEARS, FROM, 2, SOURCE)
        .set(OwnersParameters.COMMITTEE_MIN_MEMBERS, LocalDate.of(2020, 1, 1), 13, SOURCE);
    all.addAll(GovernanceEngine.check(owners.build()));
    all.addAll(GovernanceEngine.check(owners().set(OwnersParameters.COMMITTEE_MIN_MEMBERS, LocalDate.of(2020, 1, 1),
        13, SOURCE).build()));
    ServiceRules service = new ServiceRules(ServiceFixtures.CN_DEFAULT_WITH_SERVICE);
    all.addAll(service.validateMode(ServiceMode.MARKET, "/serviceMode", LocalDate.of(2000, 1, 1)));
    all.addAll(service.validateMode(ServiceMode.of("GHOST"), "/serviceMode", LocalDate.of(2024, 1, 1)));
    return all;
  }

  private static List<InputError> serviceErrors() {
    List<InputError> all = new ArrayList<>();
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.TARGET_TIER, "level-9")));
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.CATALOGUE, brokenCatalogue())));
    DecisionTable references = new DecisionTable(List.of(new TableInput("n", "n", "n", List.of("a", "b")),
        new TableInput("n", "n", "n", List.of("a"))), List.of(
        new TableRow("r", Map.of("ghost", Set.of("x")), "MARKET"), new TableRow("r", Map.of("n", Set.of("z")), "MARKET")),
        HitPolicy.FIRST);
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.MODE_TABLE, references)));
    List<String> many = IntStream.range(0, 25).mapToObj(i -> "v" + i).toList();
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.MODE_TABLE, table(HitPolicy.FIRST, many,
        List.of(new TableRow("first", Map.of("n", Set.of("v0")), "GHOST"))))));
    List<TableRow> overlapping = IntStream.range(0, 22)
        .mapToObj(i -> new TableRow("r" + i, Map.of("n", Set.of("a")), "MARKET")).toList();
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.MODE_TABLE, table(HitPolicy.UNIQUE,
        List.of("a", "b"), overlapping))));
    List<String> thousand = IntStream.range(0, 1001).mapToObj(i -> "x" + i).toList();
    DecisionTable huge = new DecisionTable(List.of(new TableInput("x", "x", "x", thousand),
        new TableInput("y", "y", "y", thousand)), List.of(new TableRow("any", Map.of(), "MARKET")), HitPolicy.FIRST);
    all.addAll(GovernanceEngine.check(with(ALL, ServiceParameters.MODE_TABLE, huge)));
    return all;
  }

  /** A catalogue with every kind of error a catalogue can have. */
  private static ServiceCatalogue brokenCatalogue() {
    Label name = new Label("x", "某项");
    List<ServiceItem> items = List.of(new ServiceItem("cleaning", name, true), new ServiceItem("cleaning", name, true),
        new ServiceItem("greening", name, true), new ServiceItem("extra", name, false));
    List<ServiceMetric> metrics = List.of(new ServiceMetric("hours", name, name, MetricDirection.HIGHER_IS_BETTER),
        new ServiceMetric("minutes", name, name, MetricDirection.LOWER_IS_BETTER),
        new ServiceMetric("minutes", name, name, MetricDirection.LOWER_IS_BETTER));
    ServiceTier basic = new ServiceTier("basic", name, List.of("cleaning", "extra"),
        List.of(new ServiceStandard("hours", Fraction.of(8)), new ServiceStandard("minutes", Fraction.of(30))),
        BigDecimal.ONE);
    ServiceTier higher = new ServiceTier("higher", name, List.of("ghost-item", "cleaning", "cleaning"),
        List.of(new ServiceStandard("hours", Fraction.of(4)), new ServiceStandard("ghost-metric", Fraction.of(1)),
            new ServiceStandard("ghost-metric", Fraction.of(2))), BigDecimal.TEN);
    return new ServiceCatalogue(items, metrics, List.of(basic, higher, higher));
  }

  private static DecisionTable table(HitPolicy hit, List<String> values, List<TableRow> rows) {
    return new DecisionTable(List.of(new TableInput("n", "n", "n", values)), rows, hit);
  }

  private static List<InputError> builderErrors() {
    List<InputError> all = new ArrayList<>();
    all.addAll(errors(() -> GovernancePolicy.builder().id(" ").jurisdiction("CN").version("1").build()));
    all.addAll(errors(() -> base().set(SatisfactionParameters.PASS_LINE, null, BigDecimal.ONE, SOURCE)
        .set(SatisfactionParameters.QUORUM, FROM, Threshold.atLeast(Fraction.of(1, 2)), null).build()));
    all.addAll(errors(() -> base().set(SatisfactionParameters.PASS_LINE, FROM, BigDecimal.ONE, SOURCE)
        .set(SatisfactionParameters.PASS_LINE, FROM, BigDecimal.TEN, SOURCE).build()));
    all.addAll(errors(() -> base().set(SatisfactionParameters.PASS_LINE, FROM, null, SOURCE).build()));
    all.addAll(rejected(wrongType(), "sixty"));
    all.addAll(rejected(MoneyParameters.MISSING_EVENT, " "));
    all.addAll(rejected(ServiceParameters.TARGET_TIER, " "));
    all.addAll(rejected(MoneyParameters.FIRST_DEPOSIT_RATE, Fraction.ONE));
    all.addAll(rejected(MoneyParameters.TOP_UP_LINE, Fraction.ZERO));
    all.addAll(rejected(MoneyParameters.COST_CAP, Fraction.of(3, 2)));
    all.addAll(rejected(CreditParameters.CYCLE_MONTHS, 5));
    all.addAll(rejected(VoteParameters.DISMISSAL_NOTICE_DAYS, -1));
    all.addAll(rejected(ContractParameters.EXIT_DAYS, -1));
    all.addAll(rejected(SatisfactionParameters.FAILURES_FOR_DISMISSAL, 0));
    all.addAll(rejected(OwnersParameters.FIRST_ASSEMBLY_WITHIN_DAYS, 0));
    all.addAll(rejected(WorkOrderParameters.PUBLISHED_DECIMALS, 5));
    all.addAll(rejected(OwnersParameters.TERM_YEARS, 11));
    all.addAll(rejected(OwnersParameters.RE_ELECTION_NOTICE_MONTHS, 25));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static ParameterKey<Object> wrongType() {
    return (ParameterKey<Object>) (ParameterKey<?>) SatisfactionParameters.PASS_LINE;
  }

  private static List<InputError> layerErrors() {
    ParameterKey<BigDecimal> pass = SatisfactionParameters.PASS_LINE;
    GovernancePolicy policy = base().build();
    List<InputError> all = new ArrayList<>();
    all.addAll(errors(() -> new PolicyLayer(policy, " ", List.of())));
    all.addAll(errors(() -> new PolicyLayer(policy, policy.id(), List.of())));
    all.addAll(errors(() -> new PolicyLayer(policy, null, List.of(
        new Bound(pass, BoundKind.MIN, new BigDecimal("90"), SOURCE), new Bound(pass, BoundKind.MIN, null, SOURCE),
        new Bound(pass, BoundKind.MAX, new BigDecimal("50"), SOURCE), new Bound(pass, BoundKind.MAX, BigDecimal.ONE, SOURCE),
        new Bound(pass, BoundKind.MAY_ONLY_RAISE, null, SOURCE),
        new Bound(pass, BoundKind.MAY_ONLY_LOWER, BigDecimal.ONE, SOURCE),
        new Bound(pass, BoundKind.FIXED_BY_LAW, null, SOURCE),
        new Bound(pass, BoundKind.FIXED_BY_LAW, BigDecimal.TEN, SOURCE),
        new Bound(SatisfactionParameters.GROUP_WEIGHTS, BoundKind.MIN, null, SOURCE),
        new Bound(SatisfactionParameters.SCALE, BoundKind.MAX, null, SOURCE),
        new Bound(SatisfactionParameters.FAILURES_FOR_DISMISSAL, BoundKind.MIN, 0, SOURCE)))));
    return all;
  }

  private static List<InputError> registryErrors() {
    List<InputError> all = new ArrayList<>();
    PolicyRegistry registry = PolicyRegistry.of(List.of(root(), level("city", "root", new BigDecimal("50")),
        level("a", "b", BigDecimal.ONE), level("b", "a", BigDecimal.ONE), level("lost", "ghost", BigDecimal.ONE)));
    all.addAll(errors(() -> registry.resolve("nowhere")));
    all.addAll(errors(() -> registry.resolve("a")));
    all.addAll(errors(() -> registry.resolve(level("c", "a", BigDecimal.ONE))));
    all.addAll(errors(() -> registry.resolve("lost")));
    all.addAll(errors(() -> registry.resolve(level("district", "city", new BigDecimal("70")))));
    all.addAll(errors(() -> registry.resolve(level("district", "root", new BigDecimal("40")))));
    PolicyLayer raiseOnly = new PolicyLayer(policy("raise", new BigDecimal("70")), null,
        List.of(new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MAY_ONLY_RAISE, null, SOURCE),
            new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MAX, new BigDecimal("60"), SOURCE)));
    all.addAll(errors(() -> PolicyRegistry.of(List.of(raiseOnly)).resolve(level("lower", "raise",
        new BigDecimal("65")))));
    return all;
  }

  /** A root that bounds the pass line at 60 or more. */
  private static PolicyLayer root() {
    return new PolicyLayer(policy("root", new BigDecimal("60")), null,
        List.of(new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MIN, new BigDecimal("60"), SOURCE)));
  }

  private static PolicyLayer level(String id, String parent, BigDecimal passLine) {
    return new PolicyLayer(policy(id, passLine), parent, List.of());
  }

  private static GovernancePolicy policy(String id, BigDecimal passLine) {
    return GovernancePolicy.builder().id(id).jurisdiction("CN").version("1")
        .set(SatisfactionParameters.PASS_LINE, FROM, passLine, SOURCE).build();
  }

  /** The lists' own rejections, as the JSON reader reports them: at the value, under the parameter's id. */
  private static List<InputError> definitionErrors() {
    Label label = new Label("x", "某项");
    List<InputError> all = new ArrayList<>();
    all.add(definition(ServiceParameters.MODES, () -> new ServiceModes(List.of(ServiceMode.define("A", label),
        ServiceMode.define("A", label)))));
    all.add(definition(ServiceParameters.MODES, () -> new ServiceModes(List.of(ServiceMode.of("B")))));
    all.add(definition(CreditParameters.CONSEQUENCE_TYPES, () -> new ConsequenceTypes(List.of(Consequence.of("C")))));
    all.add(definition(CreditParameters.ACTIONS, () -> new ArrearsActions(List.of(ArrearsAction.of("D")))));
    all.add(definition(io.propgov.governance.metrics.MetricsParameters.RATES,
        () -> new RateDefinitions(List.of(RateFixtures.COVERAGE, RateFixtures.COVERAGE))));
    LocalDate nationalDay = LocalDate.of(2024, 10, 1);
    all.add(definition(OrgParameters.CALENDAR, () -> new WorkCalendar(Set.of(nationalDay), Set.of(nationalDay))));
    all.add(definition(OrgParameters.CALENDAR, () -> new WorkCalendar(Set.of(nationalDay), Set.of(), Set.of(2025))));
    return all;
  }

  private static InputError definition(ParameterKey<?> key, Supplier<Object> list) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, list::get);
    return new InputError("/parameters/" + key.id() + "/0/value", "constraint", key.id() + ": " + e.getMessage());
  }

  private static GovernancePolicy.Builder base() {
    return GovernancePolicy.builder().id("bad").jurisdiction("CN").version("1");
  }

  private static <T> List<InputError> rejected(ParameterKey<T> key, T value) {
    return errors(() -> base().set(key, FROM, value, SOURCE).build());
  }

  private static List<InputError> errors(Runnable run) {
    return assertThrows(InvalidPolicyException.class, run::run).errors();
  }

  private static GovernancePolicy.Builder owners() {
    return OwnersFixtures.parameters(Fixtures.cnDefaultWithout(), FROM, SOURCE, Threshold.moreThan(Fraction.of(1, 2)));
  }

  private static <T> GovernancePolicy with(GovernancePolicy base, ParameterKey<T> key, T value) {
    Map<ParameterKey<?>, Timeline<?>> parameters = new LinkedHashMap<>(base.parameters());
    parameters.put(key, new Timeline<>(List.of(new ParameterValue<>(LATER, value, SOURCE))));
    return new GovernancePolicy(base.id(), base.jurisdiction(), base.version(), base.description(), parameters);
  }

  private static GovernancePolicy without(GovernancePolicy base, ParameterKey<?> key) {
    Map<ParameterKey<?>, Timeline<?>> parameters = new LinkedHashMap<>(base.parameters());
    parameters.remove(key);
    return new GovernancePolicy(base.id(), base.jurisdiction(), base.version(), base.description(), parameters);
  }
}
