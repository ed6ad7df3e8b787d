package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.api.Pair;

/**
 * {@link GovernanceJson#assessEstate}, which checks an estate line's facts once, gives what
 * reading the line and then assessing it gives (the route that checks the fields twice), for
 * sound lines and every kind of bad one.
 */
class AssessEstateProperties {

  private static final GovernanceEngine ENGINE = GovernanceEngine.create(JSON.presetPolicy("cn-default"));
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** The two-step route: read the line (every field checked), then assess it as a batch of one. */
  private static AssessedEstate readThenAssess(String line) {
    Estate estate;
    try {
      estate = JSON.readEstate(line);
    } catch (InvalidFactsException e) {
      return new AssessedEstate(null, Result.rejected(0, null, e.errors()));
    }
    Result<EstateReport> result = ENGINE.assessEstates(GovernanceFacts.of(List.of(estate)), AS_OF).get(0);
    if (!result.isDecided()) {
      result = Result.rejected(0, result.id(), result.errors().stream()
          .map(e -> new InputError(e.pointer().replaceFirst("^/estates/0", ""), e.code(), e.message())).toList());
    }
    return new AssessedEstate(estate, result);
  }

  /** The result as a batch writes it, in both languages: what a reader of the output sees. */
  private static String written(Result<EstateReport> result) {
    return JSON.writeReportLine(1, result, Locale.ENGLISH) + JSON.writeReportLine(1, result, Locale.SIMPLIFIED_CHINESE);
  }

  private static String kind(AssessedEstate assessed) {
    if (assessed.result().isDecided()) {
      return "decided";
    }
    return assessed.estate() == null ? "rejected when read" : "rejected by the rules";
  }

  @Test
  void checkingOnceGivesWhatReadingThenAssessingGives() {
    Tally tally = new Tally();
    qt().withExamples(1500).forAll(frequency(Pair.of(4, Generators.editedEstateLine()), Pair.of(1, offScale())))
        .checkAssert(edited -> {
      String line = edited.value();
      AssessedEstate once = JSON.assessEstate(ENGINE, line, AS_OF);
      AssessedEstate twice = readThenAssess(line);
      assertEquals(twice.estate(), once.estate(), edited.edits());
      assertEquals(written(twice.result()), written(once.result()), edited.edits());
      tally.count(kind(once));
    });
    // the edits reach every road: decided, refused by the reader, refused by the rules
    tally.assertAtLeast("decided", 5);
    tally.assertAtLeast("rejected when read", 20);
    tally.assertAtLeast("rejected by the rules", 1);
  }

  /** A sound line with one score moved off the policy's scale: sound JSON, sound fields, refused by the rules. */
  private static Gen<Generators.Edited<String>> offScale() {
    return integers().between(0, Fixtures.ESTATE_LINES.size() - 1).zip(integers().between(101, 1000),
        (l, score) -> {
          String line = Fixtures.ESTATE_LINES.get(l).replaceFirst("\"score\":(\\d+)", "\"score\":" + score);
          return new Generators.Edited<>(line, "line " + l + " with a score of " + score);
        });
  }

  @Test
  void aFieldErrorIsTheReadersAndARuleErrorTheEnginesRelativeToTheLine() {
    String sound = Fixtures.ESTATE_LINES.get(0);
    assertTrue(JSON.assessEstate(ENGINE, sound, AS_OF).result().isDecided());

    // A negative ballot area binds by shape; the engine refuses it, and the reader's error is the one reported.
    String negative = sound.replaceFirst("\"area\":([\\d.]+)", "\"area\":-$1");
    AssessedEstate field = JSON.assessEstate(ENGINE, negative, AS_OF);
    assertNull(field.estate());
    assertEquals(List.of("/votes/0/ballots/0/area exclusiveMinimum"), field.result().errors().stream()
        .map(e -> e.pointer() + " " + e.code()).toList());

    // A score above the policy's scale is valid JSON and valid fields: the rules refuse it.
    String offScale = sound.replaceFirst("\"score\":(\\d+)", "\"score\":101");
    AssessedEstate rule = JSON.assessEstate(ENGINE, offScale, AS_OF);
    assertEquals(JSON.readEstate(offScale), rule.estate());
    assertEquals(rule.estate().id(), rule.result().id());
    assertTrue(rule.result().errors().stream().allMatch(e -> e.pointer().startsWith("/surveyRounds/")),
        rule.result().errors()::toString);
    assertEquals(written(readThenAssess(offScale).result()), written(rule.result()));
  }
}
