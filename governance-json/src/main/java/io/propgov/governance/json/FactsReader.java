package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads facts documents: limits and the schema first, then every object bound to its core
 * record. A record constructor's rejection is reported at the pointer of the object being
 * built; an object below which the schema already found an error is not built, and neither are
 * the objects containing it, but every sibling still is, so that all errors come out at once.
 * Thread-safe: each read uses its own {@link Binding}.
 */
final class FactsReader {

  private final Schemas schemas;

  FactsReader(Schemas schemas) {
    this.schemas = schemas;
  }

  Facts readFacts(Documents.Parsed parsed) {
    JsonNode root = checked(parsed);
    Binding binding = new Binding(new Findings());
    binding.findings.addAll(Findings.SCHEMA, schemas.validateFacts(root));
    Facts facts = binding.facts(root);
    binding.throwIfAny(root);
    return facts;
  }

  Estate readEstate(Documents.Parsed parsed) {
    JsonNode root = checked(parsed);
    Binding binding = new Binding(new Findings());
    binding.findings.addAll(Findings.SCHEMA, schemas.validateEstate(root));
    Estate estate = binding.estate(root, "");
    binding.throwIfAny(root);
    return estate;
  }

  private static JsonNode checked(Documents.Parsed parsed) {
    if (parsed.error() != null) {
      throw new InvalidFactsException(List.of(parsed.error()));
    }
    List<InputError> limits = Documents.numberLimits(parsed.root());
    if (!limits.isEmpty()) {
      throw new InvalidFactsException(limits);
    }
    return parsed.root();
  }

  /** One read: the errors found so far and the binding of each kind of object. */
  private static final class Binding {

    private final Findings findings;

    Binding(Findings findings) {
      this.findings = findings;
    }

    void throwIfAny(JsonNode root) {
      if (!findings.isEmpty()) {
        throw new InvalidFactsException(findings.sorted(root));
      }
    }

    Facts facts(JsonNode root) {
      List<Estate> estates = list(root.path("estates"), "/estates", this::estate);
      LocalDate asOf = root.hasNonNull("asOf") ? date(root.get("asOf"), "/asOf") : null;
      if (estates == null || findings.anyWithin("/asOf")) {
        return null;
      }
      return build("", () -> new Facts(estates, asOf));
    }

    Estate estate(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      PropertyCompany company = node.hasNonNull("company") ? company(node.get("company"), at + "/company") : null;
      List<SurveyRound> rounds = list(node.path("surveyRounds"), at + "/surveyRounds", this::round);
      List<OwnersVote> votes = list(node.path("votes"), at + "/votes", this::vote);
      if ((node.hasNonNull("company") && company == null) || rounds == null || votes == null) {
        return null;
      }
      return build(at, () -> new Estate(text(node, "id"), text(node, "name"), company, rounds, votes));
    }

    PropertyCompany company(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new PropertyCompany(text(node, "id"), text(node, "name")));
    }

    SurveyRound round(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      List<SurveyAnswer> answers = list(node.path("answers"), at + "/answers", this::answer);
      LocalDate date = date(node.get("date"), at + "/date");
      if (answers == null || date == null) {
        return null;
      }
      return build(at, () -> new SurveyRound(text(node, "id"), date, node.path("households").intValue(), answers));
    }

    SurveyAnswer answer(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new SurveyAnswer(text(node, "respondentId"),
          RespondentGroup.valueOf(node.path("group").textValue()), node.path("score").decimalValue()));
    }

    OwnersVote vote(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      List<Ballot> ballots = list(node.path("ballots"), at + "/ballots", this::ballot);
      LocalDate date = date(node.get("date"), at + "/date");
      if (ballots == null || date == null) {
        return null;
      }
      Integer notice = node.hasNonNull("contractNoticeDays") ? node.get("contractNoticeDays").intValue() : null;
      return build(at, () -> new OwnersVote(text(node, "id"), Matter.valueOf(node.path("matter").textValue()), date,
          node.path("totalOwners").intValue(), node.path("totalArea").decimalValue(), ballots, notice));
    }

    Ballot ballot(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new Ballot(text(node, "ownerId"), node.path("area").decimalValue(),
          BallotChoice.valueOf(node.path("choice").textValue())));
    }

    /** Binds every element; returns null when any fails (each failure already recorded). */
    private <T> List<T> list(JsonNode array, String at, Element<T> element) {
      if (array.isMissingNode() || array.isNull()) {
        return List.of();
      }
      if (findings.anyWithin(at) && !array.isArray()) {
        return null;
      }
      List<T> values = new ArrayList<>(array.size());
      boolean ok = true;
      for (int i = 0; i < array.size(); i++) {
        T value = element.bind(array.get(i), Pointers.child(at, i));
        ok &= value != null;
        values.add(value);
      }
      return ok ? values : null;
    }

    private LocalDate date(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return PolicyReader.date(node, at, findings);
    }

    /** Calls a record constructor; its rejection is recorded at the object's pointer. */
    private <T> T build(String at, Supplier<T> constructor) {
      try {
        return constructor.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        findings.add(Findings.BINDING, at, "constraint", e.getMessage() == null ? "invalid" : e.getMessage());
        return null;
      }
    }

    private static String text(JsonNode node, String name) {
      JsonNode value = node.get(name);
      return value != null && value.isTextual() ? value.textValue() : null;
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    T bind(JsonNode node, String pointer);
  }
}
