package io.propgov.governance.examples.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.credit.CreditRuleIds;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.vote.VoteRuleIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handbook's model: every parameter and value, assumption marks, bounds from the levels above, rules and scenarios. */
class HandbookTests {

  private static final GovernanceJson JSON = GovernanceJson.create();
  private static ScenarioIndex scenarios;

  @BeforeAll
  static void runScenarios() throws IOException {
    scenarios = ScenarioIndex.run(JSON, Path.of("scenarios"));
  }

  static Handbook book(ResolvedPolicy resolved, Locale locale) {
    return Handbooks.of(JSON, resolved, ScenarioIndex.none(), null, locale);
  }

  static Handbook.Parameter parameter(Handbook book, String id) {
    return book.parameters().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + id));
  }

  @Test
  void everyParameterOfTheDefaultPolicyAppearsWithEveryDatedValueAndTheLevelThatSetIt() {
    ResolvedPolicy resolved = JSON.preset("cn-default");
    Handbook book = book(resolved, Locale.ENGLISH);
    List<String> ids = book.parameters().stream().map(Handbook.Parameter::id).sorted().toList();
    assertEquals(resolved.policy().parameters().keySet().stream().map(k -> k.id()).sorted().toList(), ids);
    int values = 0;
    int assumptions = 0;
    for (var entry : resolved.policy().parameters().entrySet()) {
      Handbook.Parameter p = parameter(book, entry.getKey().id());
      List<String> dates = new ArrayList<>();
      for (ParameterValue<?> v : entry.getValue().values()) {
        dates.add(v.effectiveFrom().toString());
        assumptions += v.source().assumption() ? 1 : 0;
      }
      values += dates.size();
      assertEquals(dates, p.values().stream().map(Handbook.Value::from).toList(), p.id());
      assertEquals(resolved.origins().get(p.id()), p.values().stream().map(Handbook.Value::setBy).toList(), p.id());
      assertEquals("", p.latest().until(), p.id() + ": the last value is in force");
      for (int i = 0; i + 1 < p.values().size(); i++) {
        assertEquals(entry.getValue().values().get(i + 1).effectiveFrom().minusDays(1).toString(),
            p.values().get(i).until(), p.id());
      }
    }
    assertEquals(values, book.summary().values());
    assertEquals(assumptions, book.summary().assumptions());
    assertTrue(assumptions > 0 && assumptions < values, "cn-default has figures both published and assumed");
    assertEquals(List.of("cn-national@2026.1", "cn-default@2026.1"), book.summary().levels());
    assertEquals(JSON.policyHash(resolved), book.summary().contentHash());
    assertEquals(List.of("satisfaction", "vote", "org", "service", "credit", "arrears", "subsidy", "contract",
        "metrics", "mode-vote", "money", "owners", "workorder"),
        book.sections().stream().map(Handbook.Section::key).toList());
  }

  @Test
  void aModelAssumptionIsMarkedInBothLanguagesAndAPublishedFigureIsNot() {
    ResolvedPolicy resolved = JSON.preset("cn-default");
    Handbook.Value passLine = parameter(book(resolved, Locale.ENGLISH), "satisfaction.pass-line").latest();
    assertTrue(passLine.assumption());
    assertTrue(passLine.source().contains("model assumption"), passLine.source());
    assertEquals(List.of(new Shown.Cell("60", false)), passLine.shown().inline());
    Handbook.Value zh = parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "satisfaction.pass-line").latest();
    assertTrue(zh.assumption() && zh.source().contains("本模型假设"), zh.source());
    Handbook.Value civilCode = parameter(book(resolved, Locale.ENGLISH), "vote.ordinary-rule").latest();
    assertFalse(civilCode.assumption());
    assertTrue(civilCode.source().startsWith("Civil Code art. 278"), civilCode.source());
  }

  @Test
  void aBoundSetByAnUpperLevelAppearsOnTheDistrictsParameter() {
    ResolvedPolicy district = JSON.readResolved(Path.of("policies", "wuhan-jiangan.json"));
    assertEquals("cn-national", district.levels().get(0).id());
    Handbook book = book(district, Locale.ENGLISH);
    Handbook.Parameter vote = parameter(book, "vote.ordinary-rule");
    assertEquals(1, vote.bounds().size(), vote.bounds().toString());
    Handbook.Limit fixed = vote.bounds().get(0);
    assertEquals("cn-national", fixed.level());
    assertEquals("fixed by law", fixed.kind());
    assertNull(fixed.limit());
    assertTrue(fixed.relativeToInherited());
    assertTrue(fixed.source().startsWith("Civil Code art. 278"), fixed.source());
    // A bound with a value of its own shows it as the value would be shown.
    Handbook.Limit thresholds = parameter(book, "org.party-thresholds").bounds().get(0);
    assertTrue(thresholds.limit().isTable());
    assertEquals(List.of(new Shown.Cell("branchMinimum", true), new Shown.Cell("3", false)),
        thresholds.limit().rows().get(0));
    // The district's own value, and the one it replaced from the level above.
    Handbook.Parameter passLine = parameter(book, "satisfaction.pass-line");
    Handbook.Value own = passLine.latest();
    assertEquals("wuhan-jiangan", own.setBy());
    assertEquals("2024-01-01", own.from());
    assertEquals("70", own.shown().inline().get(0).text());
    assertTrue(own.assumption());
    Handbook.Value inherited = passLine.values().get(passLine.values().size() - 2);
    assertEquals("2023-12-31", inherited.until());
    assertFalse(inherited.setBy().equals("wuhan-jiangan"), inherited.setBy());
    assertEquals(district.origins().get("satisfaction.pass-line"),
        passLine.values().stream().map(Handbook.Value::setBy).toList());
  }

  @Test
  void theOrdinaryVoteRuleListsTheVoteRulesAndTheScenariosThatReachThem() {
    Handbook book = Handbooks.of(JSON, JSON.preset("cn-default"), scenarios, "scenarios", Locale.ENGLISH);
    Handbook.Parameter vote = parameter(book, "vote.ordinary-rule");
    assertEquals(VoteRuleIds.all(), vote.rules());
    List<String> paths = vote.scenarios().stream().map(Handbook.ScenarioRef::path).toList();
    assertTrue(paths.contains("scenarios/satisfaction/09-vote-quorum-exactly-two-thirds-both-passes.json"), paths::toString);
    assertTrue(paths.contains("scenarios/satisfaction/12-vote-in-2016-judged-by-property-law.json"), paths::toString);
    assertEquals(paths.stream().sorted().distinct().toList(), paths);
    // Every scenario listed reaches one of the rules; no scenario reaching them is left out.
    List<String> expected = vote.rules().stream().flatMap(r -> scenarios.reaching(r).stream())
        .map(ScenarioIndex.Entry::path).distinct().sorted().toList();
    assertEquals(expected, paths);
    assertFalse(paths.stream().anyMatch(p -> p.contains("/credit/")), paths::toString);
    assertTrue(vote.scenarios().stream().allMatch(s -> !s.name().isEmpty()));
    assertEquals(scenarios.count(), book.summary().scenarios());
  }

  @Test
  void anArrearsParameterListsTheArrearsRulesNotTheCreditRulesThatShareItsArea() {
    Handbook book = book(JSON.preset("cn-default"), Locale.ENGLISH);
    Map<String, List<String>> byPrefix = parameter(book, "arrears.ladder").rules().stream()
        .collect(Collectors.groupingBy(r -> r.substring(0, r.indexOf('.'))));
    assertEquals(java.util.Set.of("arrears"), byPrefix.keySet());
    assertEquals(CreditRuleIds.all().stream().filter(r -> r.startsWith("arrears.")).toList(), byPrefix.get("arrears"));
    assertTrue(parameter(book, "credit.grades").rules().stream().allMatch(r -> r.startsWith("credit.")));
    assertTrue(parameter(book, "arrears.committee-bar").rules().contains("arrears.committee-candidate"));
    assertTrue(parameter(book, "org.levels").rules().contains("metrics.coverage"));
    assertTrue(parameter(book, "subsidy.cost-sharing").rules().contains("cost-share.government"));
  }

  @Test
  void sharesReadAsTheLawWordsThemInBothLanguages() {
    ResolvedPolicy resolved = JSON.preset("cn-default");
    Shown en = parameter(book(resolved, Locale.ENGLISH), "vote.ordinary-rule").latest().shown();
    assertTrue(en.isTable());
    assertEquals(List.of("quorumArea", "at least 2/3"), texts(en.rows().get(0)));
    assertEquals(List.of("approvalBase", "the owners who took part"), texts(en.rows().get(2)));
    assertEquals(List.of("approvalArea", "more than half"), texts(en.rows().get(3)));
    Shown zh = parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "vote.ordinary-rule").latest().shown();
    assertEquals(List.of("quorumArea", "三分之二以上"), texts(zh.rows().get(0)));
    assertEquals(List.of("approvalArea", "过半数"), texts(zh.rows().get(3)));
    assertEquals(List.of("60%以上"),
        texts(parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "satisfaction.quorum").latest().shown().inline()));
    Shown special = parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "vote.special-rule").values().get(0).shown();
    assertTrue(special.rows().stream().anyMatch(r -> texts(r).equals(List.of("approvalArea", "三分之二以上"))),
        special.rows()::toString);
  }

  @Test
  void moneyIsInCnyOrYuanAndNamesInTheReadersLanguageOnly() {
    ResolvedPolicy resolved = JSON.preset("cn-default");
    Shown en = parameter(book(resolved, Locale.ENGLISH), "service.modes").latest().shown();
    assertEquals(List.of("id", "Name"), texts(en.headers()));
    assertEquals(List.of("MARKET", "market company"), texts(en.rows().get(0)));
    Shown zh = parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "service.modes").latest().shown();
    assertEquals(List.of("MARKET", "市场化物业企业"), texts(zh.rows().get(0)));
    Shown programmes = parameter(book(resolved, Locale.SIMPLIFIED_CHINESE), "subsidy.programmes").latest().shown();
    assertTrue(programmes.isJson(), "a structured value too large for a table is compact JSON");
    assertFalse(programmes.json().contains("\"en\""), programmes.json());
    assertTrue(programmes.json().contains("\"budget\":5000000"), programmes.json());
    ValueText words = new ValueText(io.propgov.governance.examples.html.Labels.of(Locale.SIMPLIFIED_CHINESE));
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("budget", 5000000)
        .put("flat", new java.math.BigDecimal("250000.50"));
    assertEquals(List.of(List.of("budget", "500.00万元"), List.of("flat", "250,000.50元")),
        words.show(node).rows().stream().map(HandbookTests::texts).toList());
  }

  static List<String> texts(List<Shown.Cell> cells) {
    return cells.stream().map(Shown.Cell::text).toList();
  }
}
