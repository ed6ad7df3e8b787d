package io.propgov.governance.json;

import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents and facts shared by the tests. */
final class Fixtures {

  static final GovernanceJson JSON = GovernanceJson.create();

  /** Sound estate lines: the dismissing estate, and an estate with every field the schema allows but the service. */
  static final List<String> ESTATE_LINES = List.of(JSON.writeEstateLine(dismissingEstate()),
      JSON.writeEstateLine(fullEstate()));

  private Fixtures() {}

  /** An older copy of the cn-default preset, under an id of its own (a preset id keeps its bundled content). */
  static String cnDefault() {
    return resource("cn-default.json");
  }

  /**
   * The cn-default preset with the five organisation parameters (Wuhan's four levels, Handan's
   * small/big/hard matters, the 2024 National Day calendar, party thresholds 3/7/50/100, two
   * quarterly meetings), all in force from 2024-01-01.
   */
  static String wuhanOrg() {
    return resource("cn-wuhan-org.json");
  }

  /**
   * A tree of six units (sub-district sd1; communities c1 and c2; estate branches e1u and e2u;
   * building b1 under e1u), two estates with every organisation field, three matters (one
   * resolved in time across the National Day holiday, one overdue and escalated, one open) and
   * two meetings held, as of 2024-12-31.
   */
  static String hierarchyFacts() {
    return resource("hierarchy-facts.json");
  }

  /**
   * A policy level extending {@code parent} that sets only the pass line: one value from
   * {@code from}, with its source in English and Chinese.
   */
  static String passLineLevel(String id, String jurisdiction, String parent, String from, String value, String en,
      String zh) {
    return """
        {"id": "%s", "jurisdiction": "%s", "version": "1", "extends": "%s",
         "parameters": {"satisfaction.pass-line": [{"effectiveFrom": "%s", "value": %s,
           "source": {"en": "%s", "zh": "%s"}}]}}""".formatted(id, jurisdiction, parent, from, value, en, zh);
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dismissing estate's rounds and votes with a company, unit, households, service mode, fees and committee. */
  static Estate fullEstate() {
    return new Estate("E1", "Estate 1",
        new PropertyCompany("C1", "Company", new PartyStatus(3, PartyForm.BRANCH, false, true), "p1", "p2"),
        dismissingEstate().surveyRounds(), dismissingEstate().votes(), "u1", 120, ServiceMode.MARKET,
        new FeeAccount(new BigDecimal("1000.50"), new BigDecimal("900")),
        new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(1, null, true, false)));
  }

  /**
   * An estate whose 2024 round failed (score 50 of 100, quorum met) and whose owners then
   * voted to dismiss the company under the Civil Code rule.
   */
  static Estate dismissingEstate() {
    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, new BigDecimal("50")));
    }
    answers.add(new SurveyAnswer("oc", RespondentGroup.OWNERS_COMMITTEE, new BigDecimal("55.5")));
    answers.add(new SurveyAnswer("cm", RespondentGroup.COMMUNITY, new BigDecimal("45")));
    SurveyRound round = new SurveyRound("2024-H1", LocalDate.of(2024, 6, 30), 10, answers);
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ballots.add(new Ballot("o" + i, new BigDecimal("100.5"), i < 6 ? BallotChoice.FOR : BallotChoice.AGAINST));
    }
    ballots.add(new Ballot("o8", new BigDecimal("80"), BallotChoice.ABSTAIN));
    OwnersVote vote = new OwnersVote("v1", Matter.DISMISS_COMPANY, LocalDate.of(2024, 9, 1), 10,
        new BigDecimal("1000"), ballots, null);
    return new Estate("e1", "Lakeside Garden", new PropertyCompany("91420100MA4K", "Good Homes Ltd"),
        List.of(round), List.of(vote));
  }
}
