package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.validation.FactsConstraints;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The facts JSON Schema and the facts types' Bean Validation annotations cannot drift apart: for
 * estates built in Java with field constraints broken anywhere, written as JSON (members left out
 * where the value is null, as a host's JSON would), the field errors the schema finds are exactly
 * those Hibernate Validator finds from the annotations, pointer for pointer and code for code. A
 * constraint added to, or loosened in, one side only fails this. (Enum-typed fields are never
 * null here: the schema's other checks — types, enums, formats — have no Java counterpart.)
 */
class SchemaAnnotationsProperties {

  private static final Set<String> FIELD_CODES = Set.of("required", "minLength", "minimum", "maximum",
      "exclusiveMinimum", "multipleOf", "minItems");
  private static final Schemas SCHEMAS = new Schemas(Mappers.create());

  @Test
  void theSchemaAndTheAnnotationsFindTheSameFieldErrors() {
    Tally tally = new Tally();
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Estate estate = new BrokenEstates(new Random(seed)).estate();
      TreeSet<String> annotations = new TreeSet<>();
      for (InputError e : FactsConstraints.beanValidation().check(estate, "")) {
        annotations.add(e.pointer() + " " + e.code());
      }
      TreeSet<String> schema = new TreeSet<>();
      for (InputError e : SCHEMAS.validateEstateFully(withoutNulls(JSON.writeEstateLine(estate)))) {
        if (FIELD_CODES.contains(e.code())) {
          schema.add(e.pointer() + " " + e.code());
        }
      }
      tally.count(annotations.isEmpty() ? "valid" : "field errors");
      assertEquals(annotations, schema, "seed " + seed + ": " + estate);
    });
    tally.assertAtLeast("field errors", 30);
    tally.assertAtLeast("valid", 5);
  }

  private static JsonNode withoutNulls(String line) {
    JsonNode root = Documents4Tests.tree(line);
    strip(root);
    return root;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
        if (it.next().isNull()) {
          it.remove();
        }
      }
    }
    node.forEach(SchemaAnnotationsProperties::strip);
  }

  /** Estates with each constrained field now and then broken: null, blank, below its minimum, finer than a fen. */
  private static final class BrokenEstates {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private final Random random;

    BrokenEstates(Random random) {
      this.random = random;
    }

    private boolean bad() {
      return random.nextInt(14) == 0;
    }

    private <T> T or(T good, Supplier<T> wrong) {
      return bad() ? wrong.get() : good;
    }

    private String text(String good) {
      return or(good, () -> List.of("", " ", "\u3000", "\t").get(random.nextInt(4)));
    }

    private String requiredText(String good) {
      return bad() ? null : text(good);
    }

    private String optionalText(String good) {
      return random.nextBoolean() ? null : text(good);
    }

    private BigDecimal amount(String good, boolean positive) {
      return or(new BigDecimal(good), () -> List.of(BigDecimal.ZERO, new BigDecimal("-0.01"), new BigDecimal("-5"))
          .get(random.nextInt(positive ? 3 : 2) + (positive ? 0 : 1)));
    }

    private <T> List<T> some(int max, Supplier<T> item) {
      List<T> items = new ArrayList<>();
      for (int i = random.nextInt(max + 1); i > 0; i--) {
        items.add(item.get());
      }
      return items;
    }

    Estate estate() {
      return Estate.builder().id(requiredText("E1")).name(optionalText("Estate"))
          .households(or(120, () -> -1 - random.nextInt(3)))
          .company(random.nextInt(4) == 0 ? null : company())
          .fees(random.nextInt(3) == 0 ? null : new FeeAccount(or(new BigDecimal("1000.50"), () -> null),
              amount("800.25", false)))
          .committee(random.nextInt(3) == 0 ? null : new Committee(CommitteeKind.OWNERS_COMMITTEE, party()))
          .surveyRounds(some(2, this::round)).votes(some(2, this::vote)).build();
    }

    private PropertyCompany company() {
      return new PropertyCompany(requiredText("C1"), optionalText("Company"), random.nextBoolean() ? null : party(),
          optionalText("sup-1"), optionalText("head-1"));
    }

    private PartyStatus party() {
      return new PartyStatus(or(3, () -> -1), PartyForm.BRANCH, false, random.nextBoolean());
    }

    private SurveyRound round() {
      return new SurveyRound(requiredText("2024-H1"), or(DAY, () -> null), or(10, () -> random.nextInt(2) - 1),
          some(3, () -> new SurveyAnswer(requiredText("h1"), RespondentGroup.HOUSEHOLD,
              or(new BigDecimal("70"), () -> null))));
    }

    private OwnersVote vote() {
      return new OwnersVote(requiredText("v1"), Matter.HIRE_COMPANY, or(DAY, () -> null),
          or(10, () -> random.nextInt(2) - 1), amount("900", true),
          some(2, () -> new Ballot(requiredText("o1"), amount("100", true), BallotChoice.FOR)),
          random.nextBoolean() ? null : or(30, () -> -1));
    }
  }
}
