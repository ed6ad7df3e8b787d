package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.estate.Estate;
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
    ArrayNode estates = root.putArray("estates");
    facts.estates().forEach(e -> estates.add(estate(e)));
    return root;
  }

  ObjectNode estate(Estate estate) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", estate.id());
    node.put("name", estate.name());
    if (estate.company() != null) {
      ObjectNode company = node.putObject("company");
      company.put("id", estate.company().id());
      company.put("name", estate.company().name());
    }
    ArrayNode rounds = node.putArray("surveyRounds");
    estate.surveyRounds().forEach(r -> rounds.add(round(r)));
    ArrayNode votes = node.putArray("votes");
    estate.votes().forEach(v -> votes.add(vote(v)));
    return node;
  }

  private ObjectNode round(SurveyRound round) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", round.id());
    node.put("date", round.date().toString());
    node.put("households", round.households());
    ArrayNode answers = node.putArray("answers");
    for (SurveyAnswer answer : round.answers()) {
      ObjectNode a = answers.addObject();
      a.put("respondentId", answer.respondentId());
      a.put("group", answer.group().name());
      a.put("score", answer.score());
    }
    return node;
  }

  private ObjectNode vote(OwnersVote vote) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", vote.id());
    node.put("matter", vote.matter().name());
    node.put("date", vote.date().toString());
    node.put("totalOwners", vote.totalOwners());
    node.put("totalArea", vote.totalArea());
    vote.contractNotice().ifPresent(days -> node.put("contractNoticeDays", days));
    ArrayNode ballots = node.putArray("ballots");
    for (Ballot ballot : vote.ballots()) {
      ObjectNode b = ballots.addObject();
      b.put("ownerId", ballot.ownerId());
      b.put("area", ballot.area());
      b.put("choice", ballot.choice().name());
    }
    return node;
  }
}
