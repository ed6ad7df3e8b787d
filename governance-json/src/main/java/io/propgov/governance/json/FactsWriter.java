package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.OwnersVote;

/** Writes facts in their document form, the form {@link FactsReader} reads. Thread-safe. */
final class FactsWriter {

  private final JsonMapper mapper;

  FactsWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode write(Facts facts) {
    ObjectNode root = mapper.createObjectNode();
    facts.asOfDate().ifPresent(date -> root.put("asOf", date.toString()));
    FactsNodes.objects(root, "units", facts.units(), FactsWriter::unit);
    ArrayNode estates = root.putArray("estates");
    facts.estates().forEach(e -> estates.add(estate(e)));
    FactsNodes.objects(root, "matters", facts.matters(), FactsWriter::matter);
    FactsNodes.objects(root, "meetings", facts.meetings(), FactsWriter::meeting);
    FactsNodes.objects(root, "companies", facts.companies(), CreditFactsWriter::company);
    FactsNodes.objects(root, "households", facts.households(), CreditFactsWriter::household);
    FactsNodes.objects(root, "applications", facts.applications(), SubsidyFactsWriter::application);
    FactsNodes.objects(root, "costShares", facts.costShares(), SubsidyFactsWriter::costShare);
    FactsNodes.objects(root, "money", facts.money(), MoneyFactsWriter::money);
    FactsNodes.objects(root, "owners", facts.owners(), OwnersFactsWriter::owners);
    FactsNodes.objects(root, "contracts", facts.contracts(), FactsWriter::contract);
    FactsNodes.objects(root, "modeVotes", facts.modeVotes(), (node, m) -> node.put("estateId", m.estateId())
        .put("proposedMode", m.proposedMode().id()).set("vote", vote(m.vote())));
    FactsNodes.objects(root, "orders", facts.orders(), WorkOrderFactsWriter::order);
    return root;
  }

  /** An estate; the organisation fields only when set (households when known, that is above 0). */
  ObjectNode estate(Estate estate) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", estate.id());
    node.put("name", estate.name());
    FactsNodes.putText(node, "unitId", estate.unitId());
    if (estate.households() != 0) {
      node.put("households", estate.households());
    }
    FactsNodes.putText(node, "serviceMode", estate.serviceMode());
    if (estate.fees() != null) {
      ObjectNode fees = node.putObject("fees");
      fees.put("billed", estate.fees().billed());
      fees.put("collected", estate.fees().collected());
    }
    if (estate.company() != null) {
      node.set("company", company(estate.company()));
    }
    if (estate.committee() != null) {
      ObjectNode committee = node.putObject("committee");
      committee.put("kind", text(estate.committee().kind()));
      committee.set("party", party(estate.committee().party()));
    }
    if (estate.service() != null) {
      ServiceFactsJson.write(estate.service(), node.putObject("service"));
    }
    ArrayNode rounds = node.putArray("surveyRounds");
    estate.surveyRounds().forEach(r -> rounds.add(round(r)));
    ArrayNode votes = node.putArray("votes");
    estate.votes().forEach(v -> votes.add(vote(v)));
    return node;
  }

  private ObjectNode company(PropertyCompany company) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", company.id());
    node.put("name", company.name());
    if (company.party() != null) {
      node.set("party", party(company.party()));
    }
    FactsNodes.putText(node, "qualitySupervisor", company.qualitySupervisor());
    FactsNodes.putText(node, "partyHead", company.partyHead());
    return node;
  }

  private ObjectNode party(PartyStatus party) {
    ObjectNode node = mapper.createObjectNode();
    node.put("fullMembers", party.fullMembers());
    FactsNodes.putText(node, "organisation", party.organisation());
    node.put("jointBranch", party.jointBranch());
    node.put("instructor", party.instructor());
    return node;
  }

  private static void unit(ObjectNode node, OrgUnit unit) {
    node.put("id", unit.id());
    node.put("level", unit.level());
    FactsNodes.putText(node, "parentId", unit.parentId());
    node.put("name", unit.name());
    FactsNodes.putText(node, "secretary", unit.secretary());
    ArrayNode members = node.putArray("members");
    unit.members().forEach(members::add);
  }

  private static void matter(ObjectNode node, ResidentMatter matter) {
    node.put("id", matter.id());
    node.put("raisedAt", matter.raisedAt());
    node.put("severity", matter.severity());
    node.put("raisedOn", text(matter.raisedOn()));
    FactsNodes.putText(node, "resolvedOn", matter.resolvedOn());
  }

  private static void meeting(ObjectNode node, Meeting meeting) {
    node.put("meeting", meeting.meeting());
    node.put("unitId", meeting.unitId());
    node.put("held", text(meeting.held()));
  }

  private ObjectNode round(SurveyRound round) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", round.id());
    node.put("date", text(round.date()));
    node.put("households", round.households());
    ArrayNode answers = node.putArray("answers");
    for (SurveyAnswer answer : round.answers()) {
      ObjectNode a = answers.addObject();
      a.put("respondentId", answer.respondentId());
      a.put("group", text(answer.group()));
      a.put("score", answer.score());
    }
    return node;
  }

  private static void contract(ObjectNode node, io.propgov.governance.contract.ServiceContract c) {
    node.put("id", c.id());
    node.put("estateId", c.estateId());
    FactsNodes.putText(node, "companyId", c.companyId());
    FactsNodes.putText(node, "termEnd", c.termEnd());
    FactsNodes.putText(node, "nonRenewalNotice", c.nonRenewalNotice());
    FactsNodes.putNumber(node, "contractNoticeDays", c.contractNoticeDays());
    FactsNodes.putText(node, "ownersDecision", c.ownersDecision());
    FactsNodes.putText(node, "terminationNotice", c.terminationNotice());
    FactsNodes.putFlag(node, "terminationNoticeWritten", c.terminationNoticeWritten());
    FactsNodes.putNumber(node, "exitDays", c.exitDays());
    FactsNodes.putText(node, "handedOver", c.handedOver());
  }

  private ObjectNode vote(OwnersVote vote) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", vote.id());
    node.put("matter", text(vote.matter()));
    node.put("date", text(vote.date()));
    node.put("totalOwners", vote.totalOwners());
    node.put("totalArea", vote.totalArea());
    vote.contractNotice().ifPresent(days -> node.put("contractNoticeDays", days));
    ArrayNode ballots = node.putArray("ballots");
    for (Ballot ballot : vote.ballots()) {
      ObjectNode b = ballots.addObject();
      b.put("ownerId", ballot.ownerId());
      b.put("area", ballot.area());
      b.put("choice", text(ballot.choice()));
    }
    return node;
  }

  /** A value's text, or null (written as JSON null) when a host built facts without it. */
  static String text(Object value) {
    return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
