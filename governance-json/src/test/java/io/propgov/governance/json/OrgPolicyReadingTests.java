package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrgPolicyReadingTests {

  private static final LocalDate NATIONAL_DAY = LocalDate.of(2024, 10, 1);

  private static String wuhan(Consumer<ObjectNode> edit) {
    return edited(Fixtures.wuhanOrg(), edit);
  }

  private static List<InputError> policyErrors(String json) {
    return errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(json));
  }

  private static InputError onlyError(String json) {
    List<InputError> errors = policyErrors(json);
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    return errors.get(0);
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

    @Test
    void aSeverityWithNoDaysToRespondIsBelowTheMinimum() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.escalation/0/value/severities/1")
          .put("deadlineDays", 0)));

      assertEquals(new InputError("/parameters/org.escalation/0/value/severities/1/deadlineDays", "minimum",
          "must be at least 1, was 0"), error);
    }

    @Test
    void aLevelListingAHigherLevelAsChildIsRejectedAtThatChildWithTheCoresMessage() {
      InputError error = onlyError(wuhan(root -> ((ArrayNode) root.at("/parameters/org.levels/0/value/levels/2/children"))
          .add("community")));

      assertAll(
          () -> assertEquals("/parameters/org.levels/0/value/levels/2/children/1", error.pointer()),
          () -> assertEquals("constraint", error.code()),
          () -> assertEquals("org.levels: level 'estate' lists child 'community', which is not a lower level of this "
              + "template; children must be levels listed after it", error.message()));
    }

    @Test
    void anUnknownDayCountListsTheLegalOnes() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.escalation/0/value/severities/0")
          .put("dayCount", "LUNAR")));

      assertEquals(new InputError("/parameters/org.escalation/0/value/severities/0/dayCount", "enum",
          "must be one of CALENDAR, WORKING, was \"LUNAR\""), error);
    }

    @Test
    void aCommunityLevelThatIsNotALevelIsRejectedAtItsField() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.levels/0/value")
          .put("communityLevel", "neighbourhood")));

      assertEquals("/parameters/org.levels/0/value/communityLevel", error.pointer());
      assertTrue(error.message().contains("'neighbourhood' is not a level"), error.message());
    }

    @Test
    void aSeverityCodeGivenTwiceIsRejectedAtTheSecond() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.escalation/0/value/severities/2")
          .put("code", "small")));

      assertEquals(new InputError("/parameters/org.escalation/0/value/severities/2/code", "constraint",
          "org.escalation: severity code 'small' appears twice"), error);
    }

    @Test
    void aMeetingCodeGivenTwiceIsRejectedAtTheSecond() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.meetings/0/value/1")
          .put("code", "four-level-secretaries")));

      assertEquals("/parameters/org.meetings/0/value/1/code", error.pointer());
      assertEquals("constraint", error.code());
    }

    @Test
    void aDayThatIsBothAHolidayAndAMakeUpWorkingDayIsRejectedAtTheMakeUpDay() {
      InputError error = onlyError(wuhan(root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/makeUpWorkingDays"))
          .add("2024-10-03")));

      assertEquals(new InputError("/parameters/org.calendar/0/value/makeUpWorkingDays/2", "constraint",
          "org.calendar: 2024-10-03 is listed both as a holiday and as a make-up working day"), error);
    }

    @Test
    void aHolidayListedTwiceIsRejected() {
      InputError error = onlyError(wuhan(root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/holidays"))
          .add("2024-10-01")));

      assertEquals(new InputError("/parameters/org.calendar/0/value/holidays", "uniqueItems",
          "must not list the same item twice"), error);
    }

    @Test
    void aHolidayNotOnTheCalendarIsAFormatError() {
      InputError error = onlyError(wuhan(root -> ((ArrayNode) root.at("/parameters/org.calendar/0/value/holidays"))
          .set(0, "2024-02-30")));

      assertEquals("/parameters/org.calendar/0/value/holidays/0", error.pointer());
      assertEquals("format", error.code());
    }

    @Test
    void thresholdsThatDoNotRiseAreRejectedAtTheFirstThatFallsShort() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.party-thresholds/0/value")
          .put("generalBranchAtLeast", 7)));

      assertEquals("/parameters/org.party-thresholds/0/value/generalBranchAtLeast", error.pointer());
      assertTrue(error.message().startsWith("org.party-thresholds: party thresholds must rise"), error.message());
    }

    @Test
    void aSeverityHandledAtALevelTheTemplateLacksIsTheEnginesError() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.escalation/0/value/severities/0")
          .put("lowestLevel", "grid")));

      assertEquals("/parameters/org.escalation/0/value/severities/0/lowestLevel", error.pointer());
      assertEquals("enum", error.code());
      assertTrue(error.message().contains("sub-district, community, estate, building"), error.message());
    }

    @Test
    void aMeetingOfALevelTheTemplateLacksIsTheEnginesError() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.meetings/0/value/1").put("level", "grid")));

      assertEquals("/parameters/org.meetings/0/value/1/level", error.pointer());
      assertEquals("enum", error.code());
    }

    @Test
    void anUnknownPropertyOfALevelListsTheLegalOnes() {
      InputError error = onlyError(wuhan(root -> object(root, "/parameters/org.levels/0/value/levels/0")
          .put("colour", "red")));

      assertEquals(new InputError("/parameters/org.levels/0/value/levels/0/colour", "additionalProperties",
          "'colour' is not allowed here; the properties are code, en, zh, children"), error);
    }
  }

  @Nested
  class AllOrNone {

    @Test
    void aPolicySettingSomeOrganisationParametersMustSetThemAll() {
      List<InputError> errors = policyErrors(wuhan(root -> object(root, "/parameters")
          .remove(List.of("org.calendar", "org.meetings"))));

      assertEquals(List.of("/parameters/org.calendar", "/parameters/org.meetings"), pointers(errors));
      assertEquals(List.of("required", "required"), errors.stream().map(InputError::code).toList());
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
