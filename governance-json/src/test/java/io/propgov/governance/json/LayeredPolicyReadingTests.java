package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.layer.BoundKind;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.VoteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents that extend a parent: cn-national is known to every adapter, others are added. */
class LayeredPolicyReadingTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** A city extending cn-national: the preset's satisfaction parameters; it lets districts only raise the pass line. */
  private static String city() {
    return Documents4Tests.edited(Fixtures.cnDefault(), root -> {
      root.put("id", "city").put("extends", "cn-national");
      VoteParameters.ALL.forEach(k -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("parameters"))
          .remove(k.id()));
      root.putObject("bounds").putObject("satisfaction.pass-line").put("direction", "MAY_ONLY_RAISE").put("max", 90)
          .putObject("source").put("en", "City rule").put("zh", "市规定");
    });
  }

  private static String district(String passLine) {
    return Fixtures.passLineLevel("district", "CN-X", "city", "2024-01-01", passLine, "District rule", "区规定");
  }

  private static GovernanceJson withCity() {
    return JSON.withParents(List.of(JSON.readLayer(city())));
  }

  @Test
  void everyAdapterKnowsTheNationalRootAndItFixesTheVoteRulesByLaw() {
    PolicyLayer national = JSON.parents().layer(GovernanceJson.NATIONAL).orElseThrow();
    assertTrue(national.bounds().stream().anyMatch(b -> b.key().equals(VoteParameters.ORDINARY_RULE)
        && b.kind() == BoundKind.FIXED_BY_LAW));
    assertTrue(national.bounds().stream().anyMatch(b -> b.key().id().equals("org.party-thresholds") && b.limit() != null));
  }

  @Test
  void aCityExtendingTheNationalRootInheritsTheVoteRules() {
    ResolvedPolicy city = JSON.readResolved(city());
    assertEquals("cn-national", city.setBy(VoteParameters.ORDINARY_RULE, AS_OF).orElseThrow());
    assertEquals("city", city.setBy(SatisfactionParameters.PASS_LINE, AS_OF).orElseThrow());
  }

  @Test
  void aCitysCalendarAddsItsFestivalsToTheNationsFromItsDateOnAndCitesBoth() {
    String layer = """
        {"id": "prefecture", "jurisdiction": "CN-YN", "version": "1", "extends": "chuxiong-3",
         "description": "chuxiong-3 with the prefecture's festivals",
         "parameters": {"org.calendar": [{"effectiveFrom": "2024-01-01",
           "value": {"holidays": ["2024-07-29", "2024-07-30", "2024-07-31"], "makeUpWorkingDays": [],
                     "years": [2024]},
           "source": {"en": "prefecture notice", "zh": "自治州通知"}}]}}
        """;
    ResolvedPolicy resolved = JSON.readResolved(layer);
    var calendar = resolved.policy().valueAt(OrgParameters.CALENDAR, LocalDate.of(2024, 7, 29));
    WorkCalendar days = calendar.value();
    assertFalse(days.isWorkingDay(LocalDate.of(2024, 7, 29)), "the prefecture's Torch Festival");
    assertFalse(days.isWorkingDay(LocalDate.of(2024, 10, 1)), "the nation's National Day stays");
    assertTrue(days.isWorkingDay(LocalDate.of(2024, 10, 12)), "and its make-up Saturday");
    assertTrue(days.lists(LocalDate.of(2019, 1, 1)) && days.lists(LocalDate.of(2026, 1, 1)));
    WorkCalendar national = JSON.presetPolicy("chuxiong-3").valueAt(OrgParameters.CALENDAR, LocalDate.of(2024, 7, 29))
        .value();
    assertTrue(national.isWorkingDay(LocalDate.of(2024, 7, 29)), "chuxiong-3 alone works that Monday");
    assertTrue(calendar.source().en().startsWith("State Council General Office notices"), calendar.source().en());
    assertTrue(calendar.source().en().endsWith("; prefecture notice"), calendar.source().en());
    assertTrue(calendar.source().zh().endsWith("；自治州通知"), calendar.source().zh());
    assertEquals("prefecture", resolved.setBy(OrgParameters.CALENDAR, LocalDate.of(2024, 7, 29)).orElseThrow());
    // Before the prefecture's date, the nation's calendar as it was.
    assertEquals(national.holidays().size(), resolved.policy().valueAt(OrgParameters.CALENDAR,
        LocalDate.of(2023, 12, 31)).value().holidays().size());
    assertEquals("cn-national", resolved.setBy(OrgParameters.CALENDAR, LocalDate.of(2023, 12, 31)).orElseThrow());
  }

  @Test
  void aDistrictRaisingThePassLineReadsAsAWholePolicy() {
    ResolvedPolicy district = withCity().readResolved(district("65"));
    assertEquals(new BigDecimal("65"), district.policy().valueAt(SatisfactionParameters.PASS_LINE, AS_OF).value());
    assertEquals(List.of("cn-national", "city", "district"), district.levels().stream().map(r -> r.id()).toList());
    assertEquals(district.policy(), withCity().readPolicy(district("65")));
  }

  @Test
  void aDistrictLoweringThePassLineIsRejectedAtItsValue() {
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> withCity().readPolicy(district("55")));
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("/parameters/satisfaction.pass-line/0/value", errors.get(0).pointer());
    assertTrue(errors.get(0).message().contains("may only be raised' set by city"), errors.get(0).message());
  }

  @Test
  void anUnknownParentIsAnErrorAtExtends() {
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(district("65")));
    assertEquals("/extends", errors.get(0).pointer());
    assertEquals("unknown-parent", errors.get(0).code());
  }

  @Test
  void badBoundsAreReportedAllAtOnce() {
    String doc = Documents4Tests.edited(city(), root -> {
      var bounds = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("bounds");
      bounds.putObject("no.such-parameter").putObject("source").put("en", "x").put("zh", "x");
      bounds.putObject("satisfaction.quorum").put("direction", "SIDEWAYS").putObject("source").put("en", "x").put("zh", "x");
      bounds.putObject("satisfaction.scale").put("min", 3).putObject("source").put("en", "x").put("zh", "x");
    });
    List<String> pointers = Documents4Tests.pointers(errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(doc)));
    assertTrue(pointers.containsAll(List.of("/bounds/no.such-parameter", "/bounds/satisfaction.quorum/direction",
        "/bounds/satisfaction.scale/min")), pointers::toString);
  }
}
