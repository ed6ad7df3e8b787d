package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.CALENDAR_SOURCE;
import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.ESCALATION_SOURCE;
import static io.propgov.governance.Fixtures.HANDAN_ESCALATION;
import static io.propgov.governance.Fixtures.LEVELS_SOURCE;
import static io.propgov.governance.Fixtures.MEETINGS_SOURCE;
import static io.propgov.governance.Fixtures.ORG_FROM;
import static io.propgov.governance.Fixtures.PARTY_THRESHOLDS_SOURCE;
import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.cnDefaultWithOrgWith;
import static io.propgov.governance.Fixtures.cnDefaultWithOrgWithout;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.NoValueInForceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HierarchyRulesTests {

  static final HierarchyRules RULES = new HierarchyRules(CN_DEFAULT_WITH_ORG);
  /** Monday 11 November 2024: no holiday within three weeks. */
  static final LocalDate MONDAY = date("2024-11-11");

  /** A sub-district with two communities; estate e1 has two buildings. */
  static final OrgTree TREE = OrgTree.of(WUHAN_LEVELS, List.of(
      unit("sd", "sub-district", null),
      unit("c1", "community", "sd", "wang", "li"),
      unit("e1", "estate", "c1"),
      unit("b1", "building", "e1"),
      unit("b2", "building", "e1"),
      unit("e2", "estate", "c1"),
      unit("c2", "community", "sd", "zhao"),
      unit("e3", "estate", "c2")));

  static ResidentMatter open(String raisedAt, String severity, LocalDate raisedOn) {
    return new ResidentMatter("m1", raisedAt, severity, raisedOn, null);
  }

  static String text(Reason reason, String figure) {
    return reason.figure(figure).map(Figure::value).orElseThrow(() -> new AssertionError("no figure " + figure));
  }

  static List<String> pointers(InvalidFactsException e) {
    return e.errors().stream().map(InputError::pointer).toList();
  }

  static List<String> codes(InvalidFactsException e) {
    return e.errors().stream().map(InputError::code).toList();
  }

  @Nested
  class RoutingUpTheTree {

    @Test
    void smallMatterRaisedAtABuildingGoesOneStepUpToItsEstate() {
      Decision<Routing> d = RULES.route(TREE, open("b1", "small", MONDAY), MONDAY);
      Routing r = d.value();
      assertEquals("e1", r.handlingUnit());
      assertEquals(List.of("b1", "e1"), r.path());
      assertEquals(date("2024-11-14"), r.due(), "3 working days: Tuesday, Wednesday, Thursday");
      assertFalse(r.overdue());
      assertFalse(r.escalated());
      assertEquals("org.matter.ROUTED", r.messageKey());
      Reason level = d.reason("org.escalation.level").orElseThrow();
      assertEquals(Outcome.MET, level.outcome());
      assertEquals("1", text(level, "steps"));
      assertEquals("estate", text(level, "handlingLevel"));
      assertEquals("estate", text(level, "lowestLevel"));
      assertEquals(ESCALATION_SOURCE, level.citation());
    }

    @Test
    void bigMatterRaisedAtABuildingGoesTwoLevelsUpToTheCommunity() {
      Routing r = RULES.route(TREE, open("b1", "big", MONDAY), MONDAY).value();
      assertEquals("c1", r.handlingUnit());
      assertEquals(List.of("b1", "e1", "c1"), r.path());
      assertEquals(date("2024-11-20"), r.due(), "7 working days: 12 to 15 and 18 to 20 November");
    }

    @Test
    void hardMatterRaisedAtABuildingGoesUpToTheSubDistrict() {
      Decision<Routing> d = RULES.route(TREE, open("b2", "hard", MONDAY), MONDAY);
      assertEquals("sd", d.value().handlingUnit());
      assertEquals(List.of("b2", "e1", "c1", "sd"), d.value().path());
      assertEquals(date("2024-11-26"), d.value().due(), "15 calendar days");
      assertEquals("3", text(d.reason("org.escalation.level").orElseThrow(), "steps"));
    }

    @Test
    void smallMatterRaisedAtTheCommunityIsHandledThereAndNeverGoesDown() {
      Decision<Routing> d = RULES.route(TREE, open("c1", "small", MONDAY), MONDAY);
      assertEquals("c1", d.value().handlingUnit());
      assertEquals(List.of("c1"), d.value().path());
      assertEquals("0", text(d.reason("org.escalation.level").orElseThrow(), "steps"));
    }

    @Test
    void matterRaisedAtTheLowestLevelThatMayHandleItStaysThere() {
      assertEquals(List.of("e3"), RULES.route(TREE, open("e3", "small", MONDAY), MONDAY).value().path());
      assertEquals(List.of("c2"), RULES.route(TREE, open("c2", "big", MONDAY), MONDAY).value().path());
      assertEquals(List.of("sd"), RULES.route(TREE, open("sd", "hard", MONDAY), MONDAY).value().path());
    }

    @Test
    void deadlineReasonNamesTheDaysAndHowTheyAreCounted() {
      Decision<Routing> d = RULES.route(TREE, open("b1", "small", MONDAY), MONDAY);
      Reason deadline = d.reason("org.escalation.deadline").orElseThrow();
      assertEquals("3", text(deadline, "deadlineDays"));
      assertEquals("WORKING", text(deadline, "dayCount"));
      assertEquals("2024-11-11", text(deadline, "raisedOn"));
      assertEquals("2024-11-14", text(deadline, "due"));
      assertEquals(CALENDAR_SOURCE, deadline.citation());
      assertEquals(new PolicyRef("cn-default", "2026.1"), d.policy());
      assertEquals(MONDAY, d.asOf());
    }

    @Test
    void withoutACalendarWorkingDaysAreMondayToFridayAndTheSeveritysSourceSaysHolidaysAreUnknown() {
      HierarchyRules noCalendar = new HierarchyRules(io.propgov.governance.Fixtures.cnDefaultWithOrgWithout(
          OrgParameters.CALENDAR).build());
      // Raised Monday 30 September 2024, 7 working days: without the calendar National Day is not known, so
      // 1, 2, 3, 4, 7, 8 and 9 October count (with it, the 15th: see below).
      Decision<Routing> d = noCalendar.route(TREE, open("b1", "big", date("2024-09-30")), date("2024-09-30"));
      assertEquals(date("2024-10-09"), d.value().due());
      Reason deadline = d.reason("org.escalation.deadline").orElseThrow();
      assertEquals(CalendarYears.none(ESCALATION_SOURCE), deadline.citation());
      assertTrue(deadline.citation().assumption());
    }

    @Test
    void deadlineAcrossNationalDayCountsTheMakeUpSaturday() {
      // raised Monday 30 September: 1 to 7 October off; 8, 9, 10, 11, the worked Saturday 12, 14 and 15 October
      // (without the make-up Saturday it would be the 16th)
      assertEquals(date("2024-10-15"), RULES.route(TREE, open("b1", "big", date("2024-09-30")), date("2024-09-30"))
          .value().due());
    }
  }

  @Nested
  class MattersThatCannotBeRouted {

    /** Routes a matter in the tree as of {@code MONDAY}, which must be refused; returns why. */
    private InvalidFactsException unroutable(OrgTree tree, ResidentMatter matter) {
      return assertThrows(InvalidFactsException.class, () -> RULES.route(tree, matter, MONDAY));
    }

    @Test
    void unknownSeverityIsAnEnumErrorListingTheSeverities() {
      InvalidFactsException e = unroutable(TREE, open("b1", "urgent", MONDAY));
      assertEquals(List.of("/severity"), pointers(e));
      assertEquals(List.of("enum"), codes(e));
      assertTrue(e.errors().get(0).message().contains("small, big, hard"), e.errors().get(0).message());
    }

    @Test
    void unknownUnitIsReported() {
      InvalidFactsException e = unroutable(TREE, open("b9", "small", MONDAY));
      assertEquals(List.of("/raisedAt"), pointers(e));
      assertEquals(List.of("unknown-unit"), codes(e));
    }

    @Test
    void unknownSeverityAndUnknownUnitAreReportedTogether() {
      InvalidFactsException e = unroutable(TREE, open("b9", "urgent", MONDAY));
      assertEquals(List.of("/severity", "/raisedAt"), pointers(e));
    }

    @Test
    void severityNoUnitOnThePathMayHandleIsUnhandledNeverSilentlyRouted() {
      OrgTree communityOnly = OrgTree.of(WUHAN_LEVELS, List.of(unit("c", "community", null), unit("e", "estate", "c")));
      InvalidFactsException e = unroutable(communityOnly, open("e", "hard", MONDAY));
      assertEquals(List.of("/severity"), pointers(e));
      assertEquals(List.of("unhandled"), codes(e));
      assertTrue(e.errors().get(0).message().contains("'sub-district' or above"), e.errors().get(0).message());
      assertEquals("c", RULES.route(communityOnly, open("e", "big", MONDAY), MONDAY).value().handlingUnit());
    }

    @Test
    void matterRaisedAfterTheAsOfDateIsReported() {
      InvalidFactsException e = unroutable(TREE, open("b1", "small", MONDAY.plusDays(1)));
      assertEquals(List.of("/raisedOn"), pointers(e));
      assertEquals(List.of("after-as-of"), codes(e));
    }

    @Test
    void validateMatterLocatesErrorsUnderTheCallersPointer() {
      List<InputError> errors = RULES.validateMatter(TREE, open("b9", "urgent", MONDAY), "/matters/3", MONDAY);
      assertEquals(List.of("/matters/3/severity", "/matters/3/raisedAt"),
          errors.stream().map(InputError::pointer).toList());
      assertEquals(List.of(), RULES.validateMatter(TREE, open("b1", "small", MONDAY), "/matters/3", MONDAY));
    }

    @Test
    void matterResolvedBeforeItWasRaisedIsRejectedAtItsResolvedOn() {
      ResidentMatter matter = new ResidentMatter("m", "b1", "small", MONDAY, MONDAY.minusDays(1));
      assertEquals(List.of("/matters/0/resolvedOn notBefore"),
          io.propgov.governance.validation.FactsConstraints.fast().check(matter, "/matters/0").stream()
              .map(e -> e.pointer() + " " + e.code()).toList());
    }
  }

  @Nested
  class OverdueMatters {

    // small matter raised Monday 11 November at b1: handled at e1, due Thursday 14 November

    @Test
    void matterStillOpenAfterItsDueDateIsEscalatedOneUnitUp() {
      Decision<Routing> d = RULES.route(TREE, open("b1", "small", MONDAY), date("2024-11-15"));
      Routing r = d.value();
      assertTrue(r.overdue());
      assertTrue(r.escalated());
      assertEquals("c1", r.handlingUnit());
      assertEquals(List.of("b1", "e1", "c1"), r.path());
      assertEquals("org.matter.ESCALATED", r.messageKey());
      Reason overdue = d.reason("org.escalation.overdue").orElseThrow();
      assertEquals(Outcome.MET, overdue.outcome());
      assertEquals("c1", text(overdue, "handlingUnit"));
      assertEquals("e1", text(d.reason("org.escalation.level").orElseThrow(), "handlingUnit"),
          "the level rule still names the unit the severity belongs to");
    }

    @Test
    void matterStillOpenOnItsDueDateIsNotOverdue() {
      Decision<Routing> d = RULES.route(TREE, open("b1", "small", MONDAY), date("2024-11-14"));
      assertFalse(d.value().overdue());
      assertEquals("e1", d.value().handlingUnit());
      assertEquals(Outcome.NOT_MET, d.reason("org.escalation.overdue").orElseThrow().outcome());
    }

    @Test
    void matterResolvedOnItsDueDateIsNeverOverdue() {
      ResidentMatter m = new ResidentMatter("m1", "b1", "small", MONDAY, date("2024-11-14"));
      Decision<Routing> d = RULES.route(TREE, m, date("2024-12-31"));
      assertFalse(d.value().overdue());
      assertFalse(d.value().escalated());
      assertEquals("org.matter.ROUTED", d.value().messageKey());
    }

    @Test
    void matterResolvedTheDayAfterItsDueDateWasOverdue() {
      ResidentMatter m = new ResidentMatter("m1", "b1", "small", MONDAY, date("2024-11-15"));
      assertTrue(RULES.route(TREE, m, date("2024-12-31")).value().overdue());
    }

    @Test
    void withoutEscalationAnOverdueMatterStaysWhereItIs() {
      HierarchyRules noEscalation = new HierarchyRules(cnDefaultWithOrgWith(OrgParameters.ESCALATION,
          new EscalationScheme(HANDAN_ESCALATION.severities(), false)));
      Decision<Routing> d = noEscalation.route(TREE, open("b1", "small", MONDAY), date("2024-11-15"));
      assertTrue(d.value().overdue());
      assertFalse(d.value().escalated());
      assertEquals("e1", d.value().handlingUnit());
      assertEquals(List.of("b1", "e1"), d.value().path());
      assertEquals("org.matter.OVERDUE", d.value().messageKey());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("org.escalation.overdue").orElseThrow().outcome());
      assertEquals(TEST_SOURCE, d.reason("org.escalation.overdue").orElseThrow().citation());
    }

    @Test
    void overdueMatterAtTheRootStaysThere() {
      // hard matter raised 1 November, due 16 November (15 calendar days), handled at the root
      Decision<Routing> d = RULES.route(TREE, open("b1", "hard", date("2024-11-01")), date("2024-11-30"));
      assertTrue(d.value().overdue());
      assertFalse(d.value().escalated());
      assertEquals("sd", d.value().handlingUnit());
      assertEquals(List.of("b1", "e1", "c1", "sd"), d.value().path());
      assertEquals("org.matter.OVERDUE", d.value().messageKey());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("org.escalation.overdue").orElseThrow().outcome());
    }
  }

  @Nested
  class PartyCoverageByMembers {

    /** Judges the party coverage of company K as of {@code MONDAY}. */
    static Decision<PartyCoverage> company(PartyStatus status) {
      return RULES.coverage("K", CoverageSubject.COMPANY, status, MONDAY);
    }

    static PartyForm required(int members) {
      return company(new PartyStatus(members, null, false, false)).value().required();
    }

    /** Each count includes the number itself ("以上"): both sides of every threshold. */
    @ParameterizedTest(name = "{0} full members call for {1}")
    @CsvSource({"0, JOINT_BRANCH_OR_INSTRUCTOR", "2, JOINT_BRANCH_OR_INSTRUCTOR", "3, BRANCH", "6, BRANCH",
        "7, BRANCH_COMMITTEE", "49, BRANCH_COMMITTEE", "50, GENERAL_BRANCH", "99, GENERAL_BRANCH",
        "100, BASE_COMMITTEE", "1000, BASE_COMMITTEE"})
    void membersCallForTheFormOfTheirCountOrMore(int members, PartyForm form) {
      assertEquals(form, required(members));
    }

    @Test
    void everyFormStartsExactlyAtItsThresholdForAnyRisingThresholds() {
      qt().withExamples(300).forAll(integers().between(1, 10), integers().between(0, 10), integers().between(1, 60),
          integers().between(1, 60)).check((branch, toCommittee, toGeneral, toBase) -> {
            PartyThresholds t = new PartyThresholds(branch, branch + toCommittee, branch + toCommittee + toGeneral,
                branch + toCommittee + toGeneral + toBase);
            return t.formFor(t.branchMinimum() - 1) == PartyForm.JOINT_BRANCH_OR_INSTRUCTOR
                && t.formFor(t.branchMinimum()) != PartyForm.JOINT_BRANCH_OR_INSTRUCTOR
                && t.formFor(t.committeeAtLeast() - 1) != PartyForm.BRANCH_COMMITTEE
                && t.formFor(t.committeeAtLeast()) == PartyForm.BRANCH_COMMITTEE
                && t.formFor(t.generalBranchAtLeast() - 1) == PartyForm.BRANCH_COMMITTEE
                && t.formFor(t.generalBranchAtLeast()) == PartyForm.GENERAL_BRANCH
                && t.formFor(t.baseCommitteeAtLeast() - 1) == PartyForm.GENERAL_BRANCH
                && t.formFor(t.baseCommitteeAtLeast()) == PartyForm.BASE_COMMITTEE;
          });
    }

    @Test
    void twoMembersWithoutAnyOrganisationMustJoinAJointBranchOrGetAnInstructor() {
      Decision<PartyCoverage> d = company(new PartyStatus(2, null, false, false));
      assertFalse(d.value().covered());
      assertEquals(CoverageAction.JOIN_JOINT_BRANCH_OR_ASSIGN_INSTRUCTOR, d.value().action());
      assertEquals("org.party.JOIN_JOINT_BRANCH_OR_ASSIGN_INSTRUCTOR", d.value().messageKey());
      assertEquals(Outcome.NOT_MET, d.reason("org.party.covered").orElseThrow().outcome());
      assertEquals(PARTY_THRESHOLDS_SOURCE, d.reason("org.party.form").orElseThrow().citation());
    }

    @Test
    void twoMembersWithAnInstructorOrAJointBranchOweNothing() {
      for (PartyStatus status : List.of(new PartyStatus(2, null, false, true), new PartyStatus(2, null, true, false))) {
        Decision<PartyCoverage> d = company(status);
        assertTrue(d.value().covered());
        assertEquals(CoverageAction.NONE, d.value().action());
        assertEquals(Outcome.MET, d.reason("org.party.covered").orElseThrow().outcome());
      }
    }

    /**
     * Five members without any organisation must form one; a branch of seven must reorganise as a
     * branch committee and a branch of six is the right form; fifty members in a branch committee
     * must reorganise as a general branch and forty-nine need not; a hundred in a general branch
     * must reorganise as a base committee and ninety-nine need not.
     */
    @ParameterizedTest(name = "{0} with {1} members in {2}: covered {3}, {4} required, {5}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
        OWNERS_COMMITTEE | 5   | -                | false | BRANCH           | FORM_ORGANISATION
        COMPANY          | 7   | BRANCH           | true  | BRANCH_COMMITTEE | REORGANISE
        COMPANY          | 6   | BRANCH           | true  | BRANCH           | NONE
        COMPANY          | 50  | BRANCH_COMMITTEE | true  | GENERAL_BRANCH   | REORGANISE
        COMPANY          | 49  | BRANCH_COMMITTEE | true  | BRANCH_COMMITTEE | NONE
        COMPANY          | 100 | GENERAL_BRANCH   | true  | BASE_COMMITTEE   | REORGANISE
        COMPANY          | 99  | GENERAL_BRANCH   | true  | GENERAL_BRANCH   | NONE
        """)
    void aBodyMustFormOrReorganiseOnlyAtTheThresholdsOfItsCount(CoverageSubject subject, int members, PartyForm form,
        boolean covered, PartyForm required, CoverageAction action) {
      PartyCoverage c = RULES.coverage("K", subject, new PartyStatus(members, form, false, false), MONDAY).value();
      assertEquals(covered, c.covered());
      assertEquals(required, c.required());
      assertEquals(action, c.action());
    }

    @Test
    void formReasonSaysEachThresholdIncludesItsNumber() {
      Decision<PartyCoverage> d = company(new PartyStatus(7, null, false, false));
      String en = d.render(Locale.ENGLISH);
      String zh = d.render(Locale.SIMPLIFIED_CHINESE);
      assertTrue(en.contains("7 or more a branch committee"), en);
      assertTrue(zh.contains("7 人以上设支部委员会"), zh);
      assertFalse(en.contains("more than"), en);
    }

    @Test
    void formReasonListsTheThresholds() {
      Reason form = company(new PartyStatus(51, null, false, false)).reason("org.party.form").orElseThrow();
      assertEquals(List.of("51", "GENERAL_BRANCH", "3", "7", "50", "100"),
          form.figures().stream().map(Figure::value).toList());
    }

    @Test
    void bodyWithEnoughMembersForABranchCoveredOnlyByAnInstructorStillOwesItsOwnOrganisation() {
      Decision<PartyCoverage> d = company(new PartyStatus(20, null, false, true));
      assertTrue(d.value().covered());
      assertNotEquals(CoverageAction.NONE, d.value().action());
      assertFalse(d.headline(Locale.ENGLISH).contains("properly covered"), d.headline(Locale.ENGLISH));
    }
  }

  @Nested
  class CrossAppointments {

    static Estate served(String unitId, String supervisor, String partyHead) {
      PropertyCompany company = new PropertyCompany("K1", "Hongye", new PartyStatus(3, PartyForm.BRANCH, false, false),
          supervisor, partyHead);
      return new Estate("E1", "Estate E1", company, List.of(), List.of(), unitId, 100, null, null, null);
    }

    @Test
    void supervisorAndPartyHeadOnTheCommunityCommitteeCompleteTheTwoWayEntry() {
      Decision<CrossAppointment> d = RULES.crossAppointment(TREE, served("e1", "wang", "li"), MONDAY);
      assertTrue(d.value().complete());
      assertEquals("c1", d.value().communityUnit());
      assertEquals("org.cross-appointment.COMPLETE", d.value().messageKey());
      assertEquals(List.of(Outcome.MET, Outcome.MET), d.reasons().stream().map(Reason::outcome).toList());
      assertEquals(LEVELS_SOURCE, d.reasons().get(0).citation());
    }

    @Test
    void communityIsFoundFromAnEstatePlacedAtABuilding() {
      assertTrue(RULES.crossAppointment(TREE, served("b2", "li", "wang"), MONDAY).value().complete());
    }

    @Test
    void estatePlacedAtTheCommunityItselfUsesThatCommunity() {
      assertEquals("c1", RULES.crossAppointment(TREE, served("c1", "li", "wang"), MONDAY).value().communityUnit());
    }

    @Test
    void missingSupervisorLeavesItIncomplete() {
      Decision<CrossAppointment> d = RULES.crossAppointment(TREE, served("e1", null, "li"), MONDAY);
      assertFalse(d.value().complete());
      assertFalse(d.value().supervisorFromCommunity());
      assertTrue(d.value().partyHeadOnCommittee());
      assertEquals("org.cross-appointment.INCOMPLETE", d.value().messageKey());
      Reason supervisor = d.reason("org.cross-appointment.supervisor").orElseThrow();
      assertEquals(Outcome.NOT_MET, supervisor.outcome());
      assertEquals("NONE", text(supervisor, "supervisor"));
      assertEquals(Outcome.MET, d.reason("org.cross-appointment.party-head").orElseThrow().outcome());
    }

    @Test
    void partyHeadOnAnotherCommunitysCommitteeLeavesItIncomplete() {
      Decision<CrossAppointment> d = RULES.crossAppointment(TREE, served("e1", "wang", "zhao"), MONDAY);
      assertFalse(d.value().complete());
      assertTrue(d.value().supervisorFromCommunity());
      assertEquals(Outcome.NOT_MET, d.reason("org.cross-appointment.party-head").orElseThrow().outcome());
      assertEquals("zhao", text(d.reason("org.cross-appointment.party-head").orElseThrow(), "partyHead"));
    }

    @Test
    void estateWithoutACommunityAboveItIsIncompleteInBothDirections() {
      OrgTree estateOnly = OrgTree.of(WUHAN_LEVELS, List.of(unit("e0", "estate", null), unit("b0", "building", "e0")));
      Decision<CrossAppointment> d = RULES.crossAppointment(estateOnly, served("b0", "wang", "li"), MONDAY);
      assertNull(d.value().communityUnit());
      assertFalse(d.value().supervisorFromCommunity());
      assertFalse(d.value().partyHeadOnCommittee());
      assertEquals("NONE", text(d.reason("org.cross-appointment.supervisor").orElseThrow(), "community"));
    }

    @Test
    void estateNotPlacedInTheTreeIsAnIllegalArgument() {
      assertThrows(IllegalArgumentException.class, () -> RULES.crossAppointment(TREE, served(null, "wang", "li"),
          MONDAY));
    }

    @Test
    void estateWithoutACompanyIsAnIllegalArgument() {
      Estate noCompany = new Estate("E0", "", null, List.of(), List.of(), "e1", 10, null, null, null);
      assertThrows(IllegalArgumentException.class, () -> RULES.crossAppointment(TREE, noCompany, MONDAY));
    }
  }

  @Nested
  class Meetings {

    static List<MeetingStatus> statuses(String unitId, List<Meeting> held, LocalDate asOf) {
      return RULES.meetings(TREE, unitId, held, asOf).stream().map(Decision::value).toList();
    }

    static MeetingStatus c1(List<Meeting> held, LocalDate asOf) {
      return statuses("c1", held, asOf).get(0);
    }

    static Meeting hall(String unitId, String held) {
      return new Meeting("red-meeting-hall", unitId, date(held));
    }

    @Test
    void everyUnitOfAMeetingsLevelInTheSubtreeIsCheckedInTreeOrder() {
      List<MeetingStatus> all = statuses("sd", List.of(), MONDAY);
      assertEquals(List.of("four-level-secretaries@sd", "red-meeting-hall@c1", "red-meeting-hall@c2"),
          all.stream().map(s -> s.meeting() + "@" + s.unitId()).toList());
      assertEquals(List.of("red-meeting-hall@c2"),
          statuses("c2", List.of(), MONDAY).stream().map(s -> s.meeting() + "@" + s.unitId()).toList());
      assertEquals(List.of(), statuses("e1", List.of(), MONDAY), "no meeting is required of an estate");
    }

    @Test
    void meetingNeverHeldIsOverdue() {
      Decision<MeetingStatus> d = RULES.meetings(TREE, "c1", List.of(), MONDAY).get(0);
      assertTrue(d.value().overdue());
      assertNull(d.value().lastHeld());
      assertNull(d.value().due());
      assertEquals("org.meeting.NEVER_HELD", d.value().messageKey());
      assertEquals(Outcome.NOT_MET, d.reason("org.meeting.never-held").orElseThrow().outcome());
      assertEquals(MEETINGS_SOURCE, d.reasons().get(0).citation());
    }

    @Test
    void quarterlyMeetingHeldFirstJulyIsOnTimeOnFirstOctober() {
      MeetingStatus s = c1(List.of(hall("c1", "2024-07-01")), date("2024-10-01"));
      assertEquals(date("2024-10-01"), s.due());
      assertFalse(s.overdue());
      assertEquals("org.meeting.ON_TIME", s.messageKey());
    }

    @Test
    void quarterlyMeetingHeldFirstJulyIsOverdueOnSecondOctober() {
      Decision<MeetingStatus> d = RULES.meetings(TREE, "c1", List.of(hall("c1", "2024-07-01")), date("2024-10-02"))
          .get(0);
      assertTrue(d.value().overdue());
      assertEquals(date("2024-07-01"), d.value().lastHeld());
      assertEquals("org.meeting.OVERDUE", d.value().messageKey());
      assertEquals(Outcome.NOT_MET, d.reason("org.meeting.interval").orElseThrow().outcome());
    }

    @Test
    void meetingsAfterTheAsOfDateAreNotYetKnown() {
      MeetingStatus s = c1(List.of(hall("c1", "2024-10-05"), hall("c1", "2024-07-01")), date("2024-10-02"));
      assertEquals(date("2024-07-01"), s.lastHeld());
      assertTrue(s.overdue());
      assertEquals("org.meeting.NEVER_HELD", c1(List.of(hall("c1", "2024-10-05")), date("2024-10-02")).messageKey());
    }

    @Test
    void latestMeetingCountsWhateverTheOrderGiven() {
      MeetingStatus s = c1(List.of(hall("c1", "2024-09-15"), hall("c1", "2024-04-01"), hall("c1", "2024-07-01")),
          date("2024-12-01"));
      assertEquals(date("2024-09-15"), s.lastHeld());
      assertEquals(date("2024-12-15"), s.due());
      assertFalse(s.overdue());
    }

    @Test
    void meetingOfAnotherUnitOrAnotherKindDoesNotCount() {
      MeetingStatus s = c1(List.of(hall("c2", "2024-09-15"), new Meeting("four-level-secretaries", "c1",
          date("2024-09-15"))), date("2024-10-01"));
      assertEquals("org.meeting.NEVER_HELD", s.messageKey());
    }

    @Test
    void dueDateAtAMonthEndFallsOnTheLastDayOfTheShorterMonth() {
      assertEquals(date("2025-02-28"), c1(List.of(hall("c1", "2024-11-30")), date("2024-12-01")).due());
    }
  }

  @Nested
  class PolicyConsistency {

    @Test
    void severityWhoseLowestLevelIsNotInTheTemplateIsReported() {
      EscalationScheme grid = new EscalationScheme(List.of(HANDAN_ESCALATION.severities().get(0),
          new Severity("big", "Big", "大事", "grid", 7, DayCount.WORKING)), true);
      List<InputError> errors = HierarchyRules.check(cnDefaultWithOrgWith(OrgParameters.ESCALATION, grid));
      assertEquals(List.of("/parameters/org.escalation/0/value/severities/1/lowestLevel"),
          errors.stream().map(InputError::pointer).toList());
      assertEquals("enum", errors.get(0).code());
      assertTrue(errors.get(0).message().contains("sub-district, community, estate, building"), errors.get(0).message());
      assertThrows(InvalidPolicyException.class,
          () -> new HierarchyRules(cnDefaultWithOrgWith(OrgParameters.ESCALATION, grid)));
    }

    @Test
    void meetingOfALevelNotInTheTemplateIsReported() {
      MeetingSchedule rules = new MeetingSchedule(List.of(new RequiredMeeting("hall", "Hall", "议事厅", "community", 3),
          new RequiredMeeting("grid-talk", "Grid talk", "网格议事", "grid", 1)));
      List<InputError> errors = HierarchyRules.check(cnDefaultWithOrgWith(OrgParameters.MEETINGS, rules));
      assertEquals(List.of("/parameters/org.meetings/0/value/1/level"), errors.stream().map(InputError::pointer).toList());
    }

    @Test
    void policyWithSomeOrganisationParametersListsTheMissingOnes() {
      List<InputError> errors = HierarchyRules.check(cnDefaultWithOrgWithout(OrgParameters.PARTY_THRESHOLDS).build());
      assertEquals(List.of("/parameters/org.party-thresholds"), errors.stream().map(InputError::pointer).toList());
      assertTrue(HierarchyRules.isConfigured(cnDefaultWithOrgWithout(OrgParameters.PARTY_THRESHOLDS).build()));
    }

    @Test
    void templateIsReadOnTheAsOfDate() {
      assertEquals(WUHAN_LEVELS, RULES.template(ORG_FROM));
      assertThrows(NoValueInForceException.class, () -> RULES.template(ORG_FROM.minusDays(1)));
    }

    @Test
    void laterTemplateThatDropsASeveritysLevelIsReported() {
      LevelTemplate withoutSubDistrict = new LevelTemplate(WUHAN_LEVELS.levels().subList(1, 4), true, "community");
      List<InputError> errors = HierarchyRules.check(cnDefaultWithOrgWithout().set(OrgParameters.LEVELS,
          date("2022-01-01"), withoutSubDistrict, TEST_SOURCE).build());
      assertEquals(List.of("/parameters/org.escalation/0/value/severities/2/lowestLevel",
          "/parameters/org.meetings/0/value/0/level"), errors.stream().map(InputError::pointer).toList());
    }

    @Test
    void partyThresholdsMustRise() {
      assertThrows(IllegalArgumentException.class, () -> new PartyThresholds(3, 7, 7, 100));
      assertThrows(IllegalArgumentException.class, () -> new PartyThresholds(0, 7, 50, 100));
      assertThrows(IllegalArgumentException.class, () -> new PartyThresholds(3, 2, 50, 100));
      assertEquals(PartyForm.BRANCH, new PartyThresholds(3, 4, 50, 100).formFor(3));
      assertEquals(PartyForm.BRANCH_COMMITTEE, new PartyThresholds(3, 4, 50, 100).formFor(4));
      assertEquals(PartyForm.BRANCH_COMMITTEE, new PartyThresholds(3, 3, 50, 100).formFor(3));
    }

    @Test
    void severitiesAndMeetingsHaveUniqueCodes() {
      Severity small = HANDAN_ESCALATION.severities().get(0);
      assertThrows(IllegalArgumentException.class, () -> new EscalationScheme(List.of(small, small), true));
      assertThrows(IllegalArgumentException.class, () -> new EscalationScheme(List.of(), true));
      RequiredMeeting hall = new RequiredMeeting("hall", "Hall", "议事厅", "community", 3);
      assertThrows(IllegalArgumentException.class, () -> new MeetingSchedule(List.of(hall, hall)));
      assertThrows(IllegalArgumentException.class, () -> new RequiredMeeting("hall", "Hall", "议事厅", "community", 0));
      assertThrows(IllegalArgumentException.class, () -> new Severity("s", "S", "小", "estate", 0, DayCount.WORKING));
    }
  }
}
