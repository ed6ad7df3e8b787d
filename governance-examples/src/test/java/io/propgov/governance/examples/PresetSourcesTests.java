package io.propgov.governance.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value of every bundled policy names its source, and a value its source does not give
 * says that it is a model assumption: flagged ({@code "assumption": true}) and marked in both
 * texts. The values a source does give are listed here, each with the published figure it is
 * (see the domain brief), by parameter or, where only some dates are published, by
 * {@code parameter@effectiveFrom}; a new value that is neither listed nor marked fails this test.
 */
class PresetSourcesTests {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path PRESETS = Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy");

  /** Values whose figures the cited source gives, by parameter, with the files that hold them ("*": every file). */
  private static final Map<String, String> PUBLISHED = Map.ofEntries(
      // Shanghai Caolu: at least 60% of residents take part (borrowed by name in the other presets).
      Map.entry("satisfaction.quorum", "*"),
      // Handan: below the pass line the residents may dismiss at any time, so one failed rating suffices.
      Map.entry("satisfaction.failures-for-dismissal", "*"),
      // Handan, Chuxiong three and five levels, as published; Wuhan's tree has a level of the model's own.
      Map.entry("org.levels", "handan-4|chuxiong-3|chuxiong-5"),
      // Handan's red meeting hall, every quarter.
      Map.entry("org.meetings", "handan-4"),
      // State Council notices on public holidays, 2024, 2025 and 2026.
      Map.entry("org.calendar", "*"),
      // Yantai 2022 grade bands; Lianyungang 2018 grade bands and base 90.
      Map.entry("credit.grades", "*"),
      Map.entry("credit.score", "lianyungang"),
      // Civil Code art. 278 and, before it, Property Law art. 76 and Property Management Regulation 2018 art. 12.
      Map.entry("vote.ordinary-rule", "*"),
      Map.entry("vote.special-rule", "*"),
      Map.entry("vote.special-matters", "*"),
      // Civil Code art. 946, from 2021-01-01 only (the same 60 days before it is a model assumption).
      Map.entry("vote.dismissal-notice-days@2021-01-01", "*"),
      // Party Constitution art. 30, Branch Work Regulations (2018), base-organisation regulations (2019).
      Map.entry("org.party-thresholds", "*"),
      // Civil Code art. 188 (General Provisions of the Civil Law, 2017): three years.
      Map.entry("arrears.limitation-years", "*"),
      // Civil Procedure Law: two years to apply for enforcement.
      Map.entry("arrears.enforcement-years", "*"),
      // SPC provisions on the list of dishonest judgment debtors (2017): art. 2 (two years), art. 10 (three working days).
      Map.entry("arrears.dishonest-listing-months", "*"),
      Map.entry("arrears.dishonest-removal-working-days", "*"),
      // Civil Code art. 944: no cutting of utilities to force payment.
      Map.entry("arrears.forbidden-actions", "*"),
      // Beijing Property Management Regulations (2024) art. 39, which cn-default takes as its model.
      Map.entry("arrears.committee-bar", "cn-default"),
      // Lists of names, no figures: the actions national law names (Civil Code arts. 188, 195, 944; SPC provisions
      // 2017), their effects on limitation as art. 195 gives them; a city's own actions say what they assume.
      Map.entry("arrears.actions", "cn-national"),
      // The joint rewards and punishments the published city schemes name (Handan, Yantai, Lianyungang, Shangqiu).
      Map.entry("credit.consequence-types", "*"),
      // Wuhan's four management modes, and no service at all.
      Map.entry("service.modes", "*"),
      // 2007 measures on residential maintenance funds: art. 17 (below 30% of the first deposit, top up) and
      // art. 24 with art. 23 items 4 to 7 (the emergency procedure's steps).
      Map.entry("money.fund.top-up-line", "cn-national"),
      Map.entry("money.fund.emergencies", "cn-national"),
      // The Guiding Rules for Owners' Assemblies and Owners' Committees (2009): more than half delivered; 5 to 11, odd.
      Map.entry("owners.first-assembly-share", "cn-national"),
      Map.entry("owners.committee-min-members", "cn-national"),
      Map.entry("owners.committee-max-members", "cn-national"),
      // Civil Code art. 947 (90 days' notice not to renew) and art. 948 (60 days' notice ending an open-ended contract).
      Map.entry("contract.non-renewal-notice-days@2021-01-01", "*"),
      Map.entry("contract.open-ended-notice-days@2021-01-01", "*"),
      // Beijing Property Management Regulations: 30 days to hand over and leave, which cn-default takes as its model.
      Map.entry("contract.exit-days@2020-05-01", "cn-default"),
      // Beijing publishes the three rates with one decimal (99.7%, 92.3%, 94.5%: 12345 enterprise hotline, 2021).
      Map.entry("workorder.published-decimals", "cn-default"));

  record Value(String file, String key, String effectiveFrom, JsonNode item) {

    String where() {
      return file + " " + key + " @" + effectiveFrom;
    }
  }

  private static List<Path> policyFiles() {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(PRESETS, Path.of("policies"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Value> values() {
    List<Value> values = new ArrayList<>();
    for (Path file : policyFiles()) {
      JsonNode root = read(file);
      String name = file.getFileName().toString().replace(".json", "");
      root.path("parameters").fields().forEachRemaining(p -> p.getValue().forEach(item ->
          values.add(new Value(name, p.getKey(), item.path("effectiveFrom").asText(), item))));
    }
    return values;
  }

  private static boolean published(Value v) {
    String files = PUBLISHED.getOrDefault(v.key() + "@" + v.effectiveFrom(), PUBLISHED.get(v.key()));
    return files != null && (files.equals("*") || v.file().matches(files));
  }

  @Test
  void theBundledPoliciesAreAllRead() {
    List<Value> values = values();
    assertTrue(values.size() > 150, "found " + values.size() + " values");
    assertTrue(values.stream().anyMatch(v -> v.file().equals("handan-4")));
    assertTrue(values.stream().anyMatch(v -> v.file().equals("cn-national")));
  }

  private static boolean flagged(Value v) {
    return v.item().path("assumption").asBoolean(false);
  }

  /** The value's source in one language, empty when it has none. */
  private static String source(Value v, String lang) {
    return v.item().path("source").path(lang).asText("");
  }

  /** Where the values with the fault are, in the order of the files. */
  private static List<String> where(Predicate<Value> fault) {
    return values().stream().filter(fault).map(Value::where).toList();
  }

  @Test
  void everyValueNamesItsSourceInBothLanguages() {
    assertEquals(List.of(), where(v -> source(v, "en").isBlank() || source(v, "zh").isBlank()),
        "values without a source in en and zh");
  }

  @Test
  void everyValueNotPublishedIsFlaggedAndMarkedAsAModelAssumption() {
    assertEquals(List.of(), where(v -> !flagged(v) && !published(v)),
        "values that are neither published figures nor marked as model assumptions");
  }

  @Test
  void aFlaggedValueSaysSoInBothTextsAndAPublishedOneIsNotFlagged() {
    assertAll(
        () -> assertEquals(List.of(), where(v -> flagged(v) && !(source(v, "en").contains(Citation.MARK_EN)
            && source(v, "zh").contains(Citation.MARK_ZH))), "flagged, but a text lacks the mark"),
        () -> assertEquals(List.of(), where(v -> flagged(v) && published(v)), "listed as published, but flagged"),
        () -> assertEquals(List.of(), where(v -> !flagged(v) && (source(v, "en").contains(Citation.MARK_EN)
            || source(v, "zh").contains(Citation.MARK_ZH))), "marked in its text, but not flagged"));
  }

  /** Latin letters a Chinese text may hold: the credit grades as written in Chinese (AAA, AA, A, B, C). */
  private static final Pattern NOT_CHINESE = Pattern.compile(
      "(?<![A-Za-z])(?!(?:A{1,4}|B|C)(?![A-Za-z]))[A-Za-z][A-Za-z0-9._-]*");

  @Test
  void everyChineseTextReadsAsChineseWithoutCodesOrEnglishWords() {
    List<String> found = new ArrayList<>();
    for (Path file : policyFiles()) {
      collectZh(read(file), file.getFileName() + "", found);
    }
    // The policies scenarios bring with them are read by the same renderers.
    List<Path> scenarios;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      scenarios = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : scenarios) {
      collectZh(read(file).path("policies"), file + "", found);
    }
    assertEquals(List.of(), found, "Chinese texts with codes or English words");
    // The check can fail: a code in a Chinese text is found, a credit grade is not.
    assertTrue(NOT_CHINESE.matcher("记为 credit.events 中的不良记录").find());
    assertFalse(NOT_CHINESE.matcher("信用等级为AAA、AA、A、B、C").find());
  }

  private static void collectZh(JsonNode node, String where, List<String> found) {
    node.fields().forEachRemaining(f -> {
      if (f.getKey().equals("zh") && f.getValue().isTextual()) {
        Matcher m = NOT_CHINESE.matcher(f.getValue().asText());
        if (m.find()) {
          found.add(where + "/zh: " + m.group());
        }
      } else {
        collectZh(f.getValue(), where + "/" + f.getKey(), found);
      }
    });
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectZh(node.get(i), where + "/" + i, found);
      }
    }
  }

  /** The rates whose figures the cited sources name: Wuhan's targets and goal, Chuxiong's committees. */
  private static final List<String> PUBLISHED_RATES = List.of("COVERAGE", "PROFESSIONAL_COVERAGE", "COMMITTEE_COVERAGE",
      "PARTICIPATION", "FEE_COLLECTION");

  @Test
  void everyRateNamesItsSourceAndAnAssumedOneSaysSo() {
    List<String> wrong = new ArrayList<>();
    int rates = 0;
    for (Value v : values()) {
      if (!v.key().equals("metrics.rates")) {
        continue;
      }
      for (JsonNode rate : v.item().path("value")) {
        rates++;
        String where = v.where() + " " + rate.path("id").asText();
        boolean flagged = rate.path("assumption").asBoolean(false);
        JsonNode source = rate.path("source");
        boolean marked = source.path("en").asText().contains(Citation.MARK_EN)
            && source.path("zh").asText().contains(Citation.MARK_ZH);
        if (source.path("en").asText("").isBlank() || source.path("zh").asText("").isBlank()) {
          wrong.add(where + ": no source in en and zh");
        } else if (flagged != marked) {
          wrong.add(where + ": flagged " + flagged + " but marked " + marked);
        } else if (!flagged && !PUBLISHED_RATES.contains(rate.path("id").asText())) {
          wrong.add(where + ": neither a published rate nor flagged as a model assumption");
        }
      }
    }
    assertTrue(rates >= 6 * 8, "found " + rates + " rates");
    assertEquals(List.of(), wrong);
  }

  @Test
  void theFlagReachesEveryRendererThroughTheParsedPolicy() {
    GovernanceJson json = GovernanceJson.create();
    GovernancePolicy handan = Presets.resolve(json, "handan-4", Path.of(""));
    ParameterValue<?> passLine = handan.parameters().entrySet().stream()
        .filter(e -> e.getKey().id().equals("satisfaction.pass-line")).findFirst().orElseThrow().getValue()
        .values().get(0);
    assertTrue(passLine.source().assumption());
    assertTrue(passLine.source().en().contains("Hanshan district"), passLine.source().en());
    assertTrue(passLine.source().en().contains("a pass line of 60 on a 100-point scale is a model assumption"));
    assertTrue(passLine.source().zh().contains("邯山区") && passLine.source().zh().contains("本模型假设"));
    ParameterValue<?> quorum = handan.parameters().entrySet().stream()
        .filter(e -> e.getKey().id().equals("satisfaction.quorum")).findFirst().orElseThrow().getValue()
        .values().get(0);
    assertFalse(quorum.source().assumption(), "Caolu publishes the 60% participation");
  }

  @Test
  void wuhansBuildingLevelIsLabelledTheModelsOwnInBothLanguages() throws IOException {
    JsonNode levels = MAPPER.readTree(Files.readString(PRESETS.resolve("wuhan-4.json")))
        .at("/parameters/org.levels/0");
    JsonNode building = levels.at("/value/levels/3");
    assertEquals("building", building.path("code").asText());
    assertTrue(building.path("en").asText().contains("this model's level"), building.toString());
    assertTrue(building.path("zh").asText().contains("本模型设定"), building.toString());
    assertTrue(levels.path("assumption").asBoolean());
    assertTrue(levels.at("/source/en").asText().contains("first secretary"), levels.toString());
  }

  @Test
  void everyOldEstateCriterionStatesItsCutOff() {
    List<String> wrong = new ArrayList<>();
    for (Value v : values()) {
      if (!v.key().equals("subsidy.programmes")) {
        continue;
      }
      for (JsonNode programme : v.item().path("value")) {
        for (JsonNode criterion : programme.path("criteria")) {
          if (criterion.path("kind").asText().equals("OLD_ESTATE")
              && !(criterion.path("builtBefore").asInt() == 2001
                  && v.item().at("/source/en").asText().contains("built by the end of 2000"))) {
            wrong.add(v.where() + " " + programme.path("id").asText());
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "bundled programmes use the national rule (built by the end of 2000) and say so");
  }
}
