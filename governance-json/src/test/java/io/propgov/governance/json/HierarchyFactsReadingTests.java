package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.factsErrors;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HierarchyFactsReadingTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(JSON.readPolicy(Fixtures.wuhanOrg()));

  private static String tree(Consumer<ObjectNode> edit) {
    return edited(Fixtures.hierarchyFacts(), edit);
  }

  @Nested
  class EveryField {

    private final Facts facts = JSON.readFacts(Fixtures.hierarchyFacts());

    @Test
    void unitsAreReadWithParentNameSecretaryAndMembers() {
      assertAll(
          () -> assertEquals(6, facts.units().size()),
          () -> assertEquals(new OrgUnit("c1", "community", "sd1", "Lakeside community", "p-c1",
              List.of("p-c1", "p-sup", "p-head")), facts.units().get(1)),
          () -> assertEquals(new OrgUnit("sd1", "sub-district", null, "Lakeside sub-district", "p-sd",
              List.of("p-sd", "p-x")), facts.units().get(0)),
          () -> assertEquals(new OrgUnit("b1", "building", "e1u", "", null, List.of()), facts.units().get(3)));
    }

    @Test
    void anEstateIsReadWithItsUnitHouseholdsModeFeesCompanyAndCommittee() {
      Estate estate = facts.estates().get(0);

      assertAll(
          () -> assertEquals("e1u", estate.unitId()),
          () -> assertEquals(10, estate.households()),
          () -> assertEquals(ServiceMode.MARKET, estate.serviceMode()),
          () -> assertEquals(new FeeAccount(new BigDecimal("10000.00"), new BigDecimal("8500.50")), estate.fees()),
          () -> assertEquals(new PropertyCompany("co1", "Good Homes Ltd", new PartyStatus(5, PartyForm.BRANCH, false, false),
              "p-sup", "p-head"), estate.company()),
          () -> assertEquals(new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(2, null, true, false)),
              estate.committee()),
          () -> assertEquals(1, estate.surveyRounds().size()));
    }

    @Test
    void aPartyStatusLeftWithoutFlagsHasNeitherJointBranchNorInstructor() {
      Estate estate = facts.estates().get(1);

      assertAll(
          () -> assertEquals(new PropertyCompany("co2", "Fair Services", new PartyStatus(1, null, false, false), "p-c1",
              null), estate.company()),
          () -> assertEquals(new Committee(CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE,
              new PartyStatus(9, PartyForm.BRANCH, false, true)), estate.committee()),
          () -> assertEquals(ServiceMode.NONE, estate.serviceMode()));
    }

    @Test
    void mattersAreReadOpenOrResolved() {
      assertEquals(List.of(
          new ResidentMatter("m1", "b1", "small", LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 8)),
          new ResidentMatter("m2", "e2u", "big", LocalDate.of(2024, 11, 1), null),
          new ResidentMatter("m3", "c1", "hard", LocalDate.of(2024, 12, 20), null)), facts.matters());
    }

    @Test
    void meetingsAreReadWithTheirDay() {
      assertEquals(List.of(new Meeting("four-level-secretaries", "sd1", LocalDate.of(2024, 10, 15)),
          new Meeting("red-meeting-hall", "c1", LocalDate.of(2024, 8, 1))), facts.meetings());
    }

    @Test
    void theHierarchyBundlesUnitsEstatesMattersAndMeetings() {
      assertEquals(new HierarchyFacts(facts.units(), facts.estates(), facts.matters(), facts.meetings()),
          facts.hierarchy());
      assertEquals(List.of(), ENGINE.validate(facts.hierarchy(), AS_OF));
    }

    @Test
    void aDocumentWithoutATreeHasEmptyUnitsMattersAndMeetings() {
      Facts estatesOnly = JSON.readFacts("{\"estates\": [{\"id\": \"e1\"}]}");

      assertAll(
          () -> assertEquals(new Facts(List.of(new Estate("e1", "", null, List.of(), List.of()))), estatesOnly),
          () -> assertEquals(List.of(), estatesOnly.units()),
          () -> assertEquals(List.of(), estatesOnly.matters()),
          () -> assertEquals(List.of(), estatesOnly.meetings()),
          () -> assertEquals(0, estatesOnly.estates().get(0).households()),
          () -> assertNull(estatesOnly.estates().get(0).unitId()));
    }

    @Test
    void theFactsAreWrittenAndReadBackEqual() {
      assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
    }
  }

  @Nested
  class BadFacts {

    @Test
    void aUnitWithoutIdAMatterWithABadDateAndANegativeFeeAreReportedTogether() {
      List<InputError> errors = factsErrors(tree(root -> {
        object(root, "/units/2").remove("id");
        object(root, "/matters/1").put("raisedOn", "2024-11-31");
        object(root, "/estates/1/fees").put("collected", -0.01);
      }));

      assertEquals(List.of("/units/2/id", "/estates/1/fees/collected", "/matters/1/raisedOn"), pointers(errors));
      assertEquals(List.of("required", "minimum", "format"), errors.stream().map(InputError::code).toList());
      assertEquals("must be at least 0, was -0.01", errors.get(1).message());
    }

    @Test
    void aMatterResolvedBeforeItWasRaisedIsAnErrorAtItsResolvedOn() {
      List<InputError> errors = factsErrors(tree(root -> object(root, "/matters/0").put("resolvedOn", "2024-09-01")));

      assertEquals(List.of(new InputError("/matters/0/resolvedOn", "notBefore",
          "must not be before 'raisedOn' (2024-09-27), was 2024-09-01")), errors);
    }

    @Test
    void unknownEnumsAndNegativeCountsAreReportedAtTheirFields() {
      List<InputError> errors = factsErrors(tree(root -> {
        object(root, "/estates/0").put("serviceMode", "outsourced");
        object(root, "/estates/0").put("households", -1);
        object(root, "/estates/0/company/party").put("organisation", "CELL");
        object(root, "/estates/0/committee").put("kind", "RESIDENTS_COMMITTEE");
        object(root, "/estates/1/committee/party").put("fullMembers", -2);
      }));

      assertEquals(List.of("/estates/0/households", "/estates/0/serviceMode", "/estates/0/company/party/organisation",
          "/estates/0/committee/kind", "/estates/1/committee/party/fullMembers"), pointers(errors));
      assertEquals(List.of("minimum", "pattern", "enum", "enum", "minimum"), errors.stream().map(InputError::code)
          .toList());
    }

    @Test
    void aCommitteeWithoutItsPartyAndAMeetingWithoutItsDayAreRequired() {
      List<InputError> errors = factsErrors(tree(root -> {
        object(root, "/estates/0/committee").remove("party");
        object(root, "/meetings/1").remove("held");
      }));

      assertEquals(List.of(new InputError("/estates/0/committee/party", "required", "'party' is required"),
          new InputError("/meetings/1/held", "required", "'held' is required")), errors);
    }

    @Test
    void aPropertyTheSchemaDoesNotNameIsRejectedListingTheLegalOnes() {
      InputError error = factsErrors(tree(root -> object(root, "/units/0").put("colour", "red"))).get(0);

      assertEquals(new InputError("/units/0/colour", "additionalProperties",
          "'colour' is not allowed here; the properties are id, level, parentId, name, secretary, members"), error);
    }

    @Test
    void aBlankMemberIdIsRejected() {
      List<InputError> errors = factsErrors(tree(root -> ((ArrayNode) root.at("/units/1/members")).add(" ")));

      assertEquals(List.of(new InputError("/units/1/members/3", "minLength", "must not be blank")), errors);
    }
  }

  @Nested
  class TheEnginesChecks {

    @Test
    void aCycleIsReportedAtTheParentIdOfAUnitOnIt() {
      Facts facts = JSON.readFacts(tree(root -> object(root, "/units/0").put("parentId", "e1u")));

      List<InputError> errors = ENGINE.validate(facts.hierarchy(), AS_OF);

      assertTrue(errors.stream().anyMatch(e -> e.pointer().equals("/units/0/parentId") && e.code().equals("cycle")),
          errors::toString);
      errors.forEach(e -> assertTrue(e.pointer().startsWith("/units/"), e::toString));
    }

    @Test
    void theEnginesErrorsNameThisDocumentsFields() {
      Facts facts = JSON.readFacts(tree(root -> {
        object(root, "/estates/1").put("unitId", "e9u");
        object(root, "/matters/2").put("severity", "huge");
        object(root, "/meetings/0").put("meeting", "tea-party");
      }));

      List<InputError> errors = ENGINE.validate(facts.hierarchy(), AS_OF);

      assertEquals(List.of("/estates/1/unitId", "/matters/2/severity", "/meetings/0/meeting"), pointers(errors));
    }

    @Test
    void theEngineRefusesToReportOnFactsItFindsInvalid() {
      Facts facts = JSON.readFacts(tree(root -> object(root, "/units/0").put("parentId", "e1u")));

      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> ENGINE.report(facts.hierarchy(), "sd1", AS_OF));

      assertTrue(e.errors().stream().anyMatch(error -> error.pointer().equals("/units/0/parentId")), e::toString);
    }
  }

  @Test
  void anEstateWithItsOrganisationFieldsIsReadOnItsOwn() {
    String estate = Documents4Tests.json(Fixtures.hierarchyFacts()).get("estates").get(0).toString();

    assertEquals(JSON.readFacts(Fixtures.hierarchyFacts()).estates().get(0), JSON.readEstate(estate));
  }
}
