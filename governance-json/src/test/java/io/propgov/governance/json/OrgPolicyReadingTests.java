package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.onlyPolicyError;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Documents4Tests.policyErrors;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.json.Documents4Tests.ErrorAt;
import io.propgov.governance.json.Documents4Tests.OneError;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.error.InputError;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationScheme;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.RequiredMeeting;
import io.propgov.governance.org.MeetingSchedule;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.policy.ParameterKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrgPolicyReadingTests {

  private static final LocalDate NATIONAL_DAY = LocalDate.of(2024, 10, 1);

  private static String wuhan(Consumer<ObjectNode> edit) {
    return edited(Fixtures.wuhanOrg(), edit);
  }

  @Nested
  class TheWuhanPolicy {

    private final GovernancePolicy policy = JSON.readPolicy(Fixtures.wuhanOrg());

    @Test
    void itSetsEveryParameterAndTheEngineJudgesTreesWithIt() {
      GovernanceEngine engine = GovernanceEngine.create(policy);

      assertAll(
          () -> assertEquals(GovernanceEngine.parameters().size() - ServiceParameters.ALL.size()
              - io.propgov.governance.credit.CreditParameters.ALL.size()
              - io.propgov.governance.credit.CreditParameters.OPTIONAL.size() - SubsidyParameters.ALL.size()
              - io.propgov.governance.money.MoneyParameters.ALL.size()
              - io.propgov.governance.money.MoneyParameters.OPTIONAL.size()
              - io.propgov.governance.owners.OwnersParameters.ALL.size()
              - io.propgov.governance.owners.OwnersParameters.OPTIONAL.size()
              - io.propgov.governance.contract.ContractParameters.ALL.size()
              - io.propgov.governance.mode.ModeParameters.ALL.size()
              - io.propgov.governance.workorder.WorkOrderParameters.ALL.size(),
              policy.parameters().size(), "every parameter but the optional groups"),
          () -> assertTrue(engine.judgesHierarchy()),
          () -> assertEquals(List.of(), GovernanceEngine.check(policy)));
    }

    @Test
    void theLevelsAreReadHighestFirstWithTheirChildren() {
      LevelTemplate template = policy.valueAt(OrgParameters.LEVELS, NATIONAL_DAY).value();

      assertEquals(new LevelTemplate(List.of(
          new Level("sub-district", "Sub-district party working committee", "街道党工委", List.of("community")),
          new Level("community", "Community party committee", "社区大党委", List.of("estate")),
          new Level("estate", "Estate party branch", "小区党支部", List.of("building")),
          new Level("building", "Building party group", "楼栋党小组", List.of())), true, "community"), template);
    }

    @Test
    void theSeveritiesCarryTheirLowestLevelAndWorkingDayDeadline() {
      EscalationScheme rules = policy.valueAt(OrgParameters.ESCALATION, NATIONAL_DAY).value();

      assertEquals(new EscalationScheme(List.of(
          new Severity("small", "Small matter", "小事", "estate", 3, DayCount.WORKING),
          new Severity("big", "Big matter", "大事", "community", 7, DayCount.WORKING),
          new Severity("hard", "Hard matter", "难事", "sub-district", 15, DayCount.WORKING)), true), rules);
    }

    @Test
    void theYearsACalendarListsAreReadAndWrittenBack() {
      assertTrue(policy.valueAt(OrgParameters.CALENDAR, NATIONAL_DAY).value().years().isEmpty());
      GovernancePolicy listed = JSON.readPolicy(wuhan(root ->
          object(root, "/parameters/org.calendar/0/value").putArray("years").add(2025).add(2024)));
      WorkCalendar calendar = listed.valueAt(OrgParameters.CALENDAR, NATIONAL_DAY).value();
      assertEquals(Set.of(2024, 2025), calendar.years());
      assertFalse(calendar.lists(LocalDate.of(2023, 10, 1)));
      String written = JSON.writePolicy(listed);
      assertEquals("[2024,2025]", Documents4Tests.tree(written).at("/parameters/org.calendar/0/value/years").toString());
      assertEquals(listed, JSON.readPolicy(written));
      assertTrue(Documents4Tests.tree(JSON.writePolicy(policy)).at("/parameters/org.calendar/0/value/years").isMissingNode());
    }

    @Test
    void theCalendarHoldsTheNationalDayHolidaysAndTheirMakeUpDays() {
      WorkCalendar calendar = policy.valueAt(OrgParameters.CALENDAR, NATIONAL_DAY).value();

      assertAll(
          () -> assertEquals(7, calendar.holidays().size()),
          () -> assertEquals(Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)), calendar.makeUpWorkingDays()),
          () -> assertEquals(LocalDate.of(2024, 10, 8), calendar.due(LocalDate.of(2024, 9, 27), 3, DayCount.WORKING)));
    }

    @Test
    void thePartyThresholdsAndMeetingsAreRead() {
      assertEquals(new PartyThresholds(3, 7, 50, 100), policy.valueAt(OrgParameters.PARTY_THRESHOLDS, NATIONAL_DAY).value());
      assertEquals(new MeetingSchedule(List.of(
          new RequiredMeeting("four-level-secretaries", "Four-level secretaries' joint meeting", "四级书记联席会议", "sub-district", 3),
          new RequiredMeeting("red-meeting-hall", "Red meeting hall", "红色议事厅", "community", 3))),
          policy.valueAt(OrgParameters.MEETINGS, NATIONAL_DAY).value());
    }

    @Test
    void everyOrganisationValueCitesItsSourceInEnglishAndChinese() {
      for (ParameterKey<?> key : OrgParameters.ALL) {
        var source = policy.valueAt(key, NATIONAL_DAY).source();
        assertTrue(!source.en().isBlank() && !source.zh().isBlank(), key::id);
      }
      assertTrue(policy.valueAt(OrgParameters.CALENDAR, NATIONAL_DAY).source().zh().contains("国务院办公厅"));
    }

    @Test
    void itIsWrittenAndReadBackEqual() {
      assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)));
    }
  }

  @Nested
  class BadValues {

    static Stream<OneError> badValues() {
      return Stream.of(
          new OneError("a severity with no days to respond is below the minimum",
              root -> object(root, "/parameters/org.escalation/0/value/severities/1").put("deadlineDays", 0),
              new InputError("/parameters/org.escalation/0/value/severities/1/deadlineDays", "minimum",
                  "must be at least 1, was 0")),
          new OneError("a level listing a higher level as child is rejected at that child with the core's message",
              root -> ((ArrayNode) root.at("/parameters/org.levels/0/value/levels/2/children")).add("community"),
              new InputError("/parameters/org.levels/0/value/levels/2/children/1", "constraint",
                  "org.levels: level 'estate' lists child 'community', which is not a lower level of this "
                  + "template; children must be levels listed after it")),
          new OneError("an unknown day count lists the legal ones",
              root -> object(root, "/parameters/org.escalation/0/value/severities/0").put("dayCount", "LUNAR"),
              new InputError("/parameters/org.escalation/0/value/severities/0/dayCount", "enum",
                  "must be one of CALENDAR, WORKING, was \"LUNAR\"")),
          new OneError("a severity code given twice is rejected at the second",
              root -> object(root, "/parameters/org.escalation/0/value/severities/2").put("code", "small"),
              new InputError("/parameters/org.escalation/0/value/severities/2/code", "constraint",
                  "org.escalation: severity code 'small' appears twice")),
          new OneError("a day that is both a holiday and a make-up working day is rejected at the make-up day",
              root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/makeUpWorkingDays")).add("2024-10-03"),
              new InputError("/parameters/org.calendar/0/value/makeUpWorkingDays/2", "constraint",
                  "org.calendar: 2024-10-03 is listed both as a holiday and as a make-up working day")),
          new OneError("a holiday outside the years the calendar states is rejected at that holiday",
              root -> {
                object(root, "/parameters/org.calendar/0/value").putArray("years").add(2024);
                ((ArrayNode) root.at("/parameters/org.calendar/0/value/holidays")).add("2023-10-02");
              },
              new InputError("/parameters/org.calendar/0/value/holidays/7", "constraint",
                  "org.calendar: 2023-10-02 falls in 2023, a year the calendar does not list in its years [2024]")),
          new OneError("a holiday listed twice is rejected",
              root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/holidays")).add("2024-10-01"),
              new InputError("/parameters/org.calendar/0/value/holidays", "uniqueItems",
                  "must not list the same item twice")),
          new OneError("an unknown property of a level lists the legal ones",
              root -> object(root, "/parameters/org.levels/0/value/levels/0").put("colour", "red"),
              new InputError("/parameters/org.levels/0/value/levels/0/colour", "additionalProperties",
                  "'colour' is not allowed here; the properties are code, en, zh, children")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void eachBadValueIsOneErrorAtItsField(OneError bad) {
      assertEquals(bad.error(), onlyPolicyError(wuhan(bad.edit())));
    }

    static Stream<ErrorAt> badValuesAt() {
      return Stream.of(
          new ErrorAt("a community level that is not a level is rejected at its field",
              root -> object(root, "/parameters/org.levels/0/value").put("communityLevel", "neighbourhood"),
              "/parameters/org.levels/0/value/communityLevel", null, "'neighbourhood' is not a level"),
          new ErrorAt("a meeting code given twice is rejected at the second",
              root -> object(root, "/parameters/org.meetings/0/value/1").put("code", "four-level-secretaries"),
              "/parameters/org.meetings/0/value/1/code", "constraint"),
          new ErrorAt("a holiday not on the calendar is a format error",
              root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/holidays")).set(0, "2024-02-30"),
              "/parameters/org.calendar/0/value/holidays/0", "format"),
          new ErrorAt("a meeting of a level the template lacks is the engine's error",
              root -> object(root, "/parameters/org.meetings/0/value/1").put("level", "grid"),
              "/parameters/org.meetings/0/value/1/level", "enum"),
          new ErrorAt("a severity handled at a level the template lacks is the engine's error",
              root -> object(root, "/parameters/org.escalation/0/value/severities/0").put("lowestLevel", "grid"),
              "/parameters/org.escalation/0/value/severities/0/lowestLevel", "enum",
              "sub-district, community, estate, building"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValuesAt")
    void eachOfTheseIsOneErrorAtItsField(ErrorAt bad) {
      bad.check(onlyPolicyError(wuhan(bad.edit())));
    }

    @Test
    void thresholdsThatDoNotRiseAreRejectedAtTheFirstThatFallsShort() {
      InputError error = onlyPolicyError(wuhan(root -> object(root, "/parameters/org.party-thresholds/0/value")
          .put("generalBranchAtLeast", 7)));

      assertEquals("/parameters/org.party-thresholds/0/value/generalBranchAtLeast", error.pointer());
      assertTrue(error.message().startsWith("org.party-thresholds: party thresholds must rise"), error.message());
    }

  }

  @Nested
  class AllOrNone {

    @Test
    void aPolicySettingSomeOrganisationParametersMustSetThemAll() {
      List<InputError> errors = policyErrors(wuhan(root -> object(root, "/parameters")
          .remove(List.of("org.escalation", "org.meetings"))));

      assertEquals(List.of("/parameters/org.escalation", "/parameters/org.meetings"), pointers(errors));
      assertEquals(List.of("required", "required"), errors.stream().map(InputError::code).toList());
    }

    @Test
    void theCalendarIsNotOneOfThemAPolicyWithoutItJudgesTreesWithMondayToFriday() {
      GovernancePolicy policy = JSON.readPolicy(wuhan(root -> object(root, "/parameters").remove("org.calendar")));

      assertEquals(true, GovernanceEngine.create(policy).judgesHierarchy());
    }

    @Test
    void aPolicySettingNoneIsReadAndJudgesEstatesOnly() {
      GovernancePolicy policy = JSON.readPolicy(wuhan(root -> object(root, "/parameters")
          .remove(OrgParameters.ALL.stream().map(ParameterKey::id).toList())));

      assertEquals(false, GovernanceEngine.create(policy).judgesHierarchy());
    }
  }

  @Test
  void errorsInSeveralOrganisationParametersAreReportedTogetherInDocumentOrder() {
    List<InputError> errors = policyErrors(wuhan(root -> {
      ((ArrayNode) root.at("/parameters/org.levels/0/value/levels/3/children")).add("sub-district");
      object(root, "/parameters/org.escalation/0/value/severities/0").put("deadlineDays", 0);
      object(root, "/parameters/org.escalation/0/value/severities/2").put("dayCount", "SOMETIMES");
      object(root, "/parameters/org.party-thresholds/0/value").put("branchMinimum", "three");
      object(root, "/parameters/org.meetings/0/value/0").remove("everyMonths");
    }));

    assertEquals(List.of(
        "/parameters/org.levels/0/value/levels/3/children/0",
        "/parameters/org.escalation/0/value/severities/0/deadlineDays",
        "/parameters/org.escalation/0/value/severities/2/dayCount",
        "/parameters/org.party-thresholds/0/value/branchMinimum",
        "/parameters/org.meetings/0/value/0/everyMonths"), pointers(errors));
    assertEquals(List.of("constraint", "minimum", "enum", "type", "required"),
        errors.stream().map(InputError::code).toList());
  }
}
