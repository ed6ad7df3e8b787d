package io.propgov.governance.json;

import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.estate.ServiceMode;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationRules;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.MeetingRule;
import io.propgov.governance.org.MeetingRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.org.Severity;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.Scale;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.SpecialMatters;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary policies and facts, every value within its legal range. */
final class Generators {

  /** The first day of every generated timeline: the scale is in force from it. */
  static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private Generators() {}

  /** A value of a parameter from a date, with its source. */
  record Dated<T>(LocalDate from, T value, Citation source) {}

  // ---- text, numbers, dates -------------------------------------------------------------------

  /** Text with letters, Chinese, quotes, escapes and control characters, possibly empty. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u4e20')
        .withChars(' ', '"', '\\', '/', '~', '\n', '\t', '\u0000', '《', '》', '€').ofMaxLength(16);
  }

  /** Text that is not blank. */
  static Arbitrary<String> nonBlank() {
    return text().filter(s -> !s.isBlank());
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 12_000).map(EPOCH::plusDays);
  }

  /** A decimal with 0 to 3 places, its scale kept. */
  static Arbitrary<BigDecimal> decimals(long min, long max) {
    return Combinators.combine(Arbitraries.longs().between(min, max), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<Fraction> fractions() {
    return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 12))
        .as((n, d) -> Fraction.of(n, d));
  }

  static Arbitrary<Fraction> shares() {
    return Arbitraries.integers().between(1, 12)
        .flatMap(d -> Arbitraries.integers().between(0, d).map(n -> Fraction.of(n, d)));
  }

  static Arbitrary<Citation> citations() {
    return Combinators.combine(nonBlank(), nonBlank()).as(Citation::new);
  }

  // ---- parameter values ------------------------------------------------------------------------

  static Arbitrary<Threshold> thresholds() {
    return Combinators.combine(Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN), shares()).as(Threshold::new);
  }

  static Arbitrary<GroupWeights> groupWeights() {
    return fractions().injectNull(0.3).list().ofSize(RespondentGroup.values().length)
        .filter(ws -> ws.stream().anyMatch(w -> w != null && w.signum() > 0))
        .map(ws -> {
          Map<RespondentGroup, Fraction> weights = new EnumMap<>(RespondentGroup.class);
          for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i) != null) {
              weights.put(RespondentGroup.values()[i], ws.get(i));
            }
          }
          return new GroupWeights(weights);
        });
  }

  static Arbitrary<VoteRule> voteRules() {
    return Combinators.combine(Arbitraries.of(true, false), thresholds(), thresholds(), Arbitraries.of(ApprovalBase.class),
        thresholds(), thresholds())
        .as((quorum, qa, qo, base, aa, ao) -> new VoteRule(quorum ? qa : null, quorum ? qo : null, base, aa, ao));
  }

  static Arbitrary<SpecialMatters> specialMatters() {
    return Arbitraries.of(Matter.class).set().ofMaxSize(Matter.values().length).map(SpecialMatters::new);
  }

  /** One to three values on distinct dates from {@link #EPOCH} on. */
  static <T> Arbitrary<List<Dated<T>>> timeline(Arbitrary<T> values) {
    return Arbitraries.integers().between(0, 12_000).set().ofMinSize(1).ofMaxSize(3).flatMap(days ->
        Combinators.combine(values.list().ofSize(days.size()), citations().list().ofSize(days.size()))
            .as((vs, cs) -> {
              List<Dated<T>> timeline = new ArrayList<>();
              int i = 0;
              for (int day : days) {
                timeline.add(new Dated<>(EPOCH.plusDays(day), vs.get(i), cs.get(i)));
                i++;
              }
              return timeline;
            }));
  }

  /** A whole policy: every parameter the engine reads, each pass line on the scale. */
  static Arbitrary<GovernancePolicy> policies() {
    Arbitrary<Scale> scales = Combinators.combine(decimals(-10_000, 10_000), decimals(1, 100_000))
        .as((min, width) -> new Scale(min, min.add(width)));
    Arbitrary<List<Object>> satisfaction = scales.flatMap(scale -> Combinators.combine(
        citations(),
        timeline(groupWeights()),
        timeline(Arbitraries.integers().between(0, 4).map(k -> passLine(scale, k))),
        timeline(thresholds()),
        timeline(Arbitraries.integers().between(1, 12)),
        timeline(Arbitraries.of(InvalidRoundHandling.class)))
        .as((source, weights, passLines, quorum, failures, handling) ->
            List.of(List.of(new Dated<>(EPOCH, scale, source)), weights, passLines, quorum, failures, handling)));
    Arbitrary<List<Object>> vote = Combinators.combine(timeline(voteRules()), timeline(voteRules()),
        timeline(specialMatters()), timeline(Arbitraries.integers().between(0, 400)))
        .as(List::of);
    return Combinators.combine(nonBlank(), nonBlank(), nonBlank(), text(), satisfaction, vote)
        .as((id, jurisdiction, version, description, s, v) -> {
          GovernancePolicy.Builder builder = GovernancePolicy.builder().id(id).jurisdiction(jurisdiction)
              .version(version).description(description);
          List<ParameterKey<?>> keys = new ArrayList<>(SatisfactionParameters.ALL);
          keys.addAll(VoteParameters.ALL);
          List<Object> timelines = new ArrayList<>(s);
          timelines.addAll(v);
          for (int i = 0; i < keys.size(); i++) {
            for (Object dated : (List<?>) timelines.get(i)) {
              set(builder, keys.get(i), (Dated<?>) dated);
            }
          }
          return builder.build();
        });
  }

  // ---- organisation parameters -------------------------------------------------------------------

  /** One to five distinct level codes, highest first. */
  static Arbitrary<List<String>> levelCodes() {
    return nonBlank().list().ofMinSize(1).ofMaxSize(5).uniqueElements();
  }

  /** A template over the given codes: each level's children are some of the levels after it, in any order. */
  static Arbitrary<LevelTemplate> templates(List<String> codes) {
    List<Arbitrary<Level>> levels = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      List<String> lower = codes.subList(i + 1, codes.size());
      Arbitrary<List<String>> children = Arbitraries.subsetOf(lower).flatMap(set -> Arbitraries.shuffle(List.copyOf(set)));
      levels.add(Combinators.combine(nonBlank(), nonBlank(), children).as((en, zh, c) -> new Level(code, en, zh, c)));
    }
    return Combinators.combine(Combinators.combine(levels).as(List::copyOf), Arbitraries.of(true, false),
        Arbitraries.of(codes)).as(LevelTemplate::new);
  }

  static Arbitrary<EscalationRules> escalations(List<String> codes) {
    Arbitrary<Severity> severities = Combinators.combine(nonBlank(), nonBlank(), nonBlank(), Arbitraries.of(codes),
        Arbitraries.integers().between(1, 60), Arbitraries.of(DayCount.class)).as(Severity::new);
    return Combinators.combine(severities.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Severity::code),
        Arbitraries.of(true, false)).as(EscalationRules::new);
  }

  /** Holidays and make-up working days, no day both. */
  static Arbitrary<WorkCalendar> calendars() {
    return Combinators.combine(dates().set().ofMaxSize(6), dates().set().ofMaxSize(3)).as((holidays, makeUp) -> {
      Set<LocalDate> worked = new HashSet<>(makeUp);
      worked.removeAll(holidays);
      return new WorkCalendar(holidays, worked);
    });
  }

  static Arbitrary<PartyThresholds> partyThresholds() {
    return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 100))
        .as((branch, committee, general, base) -> new PartyThresholds(branch, branch + committee,
            branch + committee + general, branch + committee + general + base));
  }

  static Arbitrary<MeetingRules> meetingRules(List<String> codes) {
    Arbitrary<MeetingRule> rules = Combinators.combine(nonBlank(), nonBlank(), nonBlank(), Arbitraries.of(codes),
        Arbitraries.integers().between(1, 24)).as(MeetingRule::new);
    return rules.list().ofMaxSize(3).uniqueElements(MeetingRule::code).map(MeetingRules::new);
  }

  /**
   * A whole policy with the five organisation parameters too: every template of the timeline
   * has the same level codes, which the severities and meetings name.
   */
  static Arbitrary<GovernancePolicy> orgPolicies() {
    Arbitrary<List<List<? extends Dated<?>>>> org = levelCodes().flatMap(codes -> Combinators.combine(
        timeline(templates(codes)), timeline(escalations(codes)), timeline(calendars()), timeline(partyThresholds()),
        timeline(meetingRules(codes))).as((levels, escalation, calendar, thresholds, meetings) ->
            List.<List<? extends Dated<?>>>of(levels, escalation, calendar, thresholds, meetings)));
    return Combinators.combine(policies(), org).as((policy, timelines) -> {
      GovernancePolicy.Builder builder = GovernancePolicy.builder().id(policy.id()).jurisdiction(policy.jurisdiction())
          .version(policy.version()).description(policy.description());
      policy.parameters().forEach((key, timeline) -> {
        for (ParameterValue<?> value : timeline.values()) {
          set(builder, key, new Dated<>(value.effectiveFrom(), value.value(), value.source()));
        }
      });
      for (int i = 0; i < OrgParameters.ALL.size(); i++) {
        for (Dated<?> dated : timelines.get(i)) {
          set(builder, OrgParameters.ALL.get(i), dated);
        }
      }
      return builder.build();
    });
  }

  private static BigDecimal passLine(Scale scale, int quarters) {
    return scale.min().add(scale.max().subtract(scale.min()).multiply(new BigDecimal("0.25")).multiply(BigDecimal.valueOf(quarters)));
  }

  private static <T> void set(GovernancePolicy.Builder builder, ParameterKey<T> key, Dated<?> dated) {
    builder.set(key, dated.from(), key.type().cast(dated.value()), dated.source());
  }

  // ---- facts ------------------------------------------------------------------------------------

  static Arbitrary<SurveyAnswer> answers() {
    return Combinators.combine(nonBlank(), Arbitraries.of(RespondentGroup.class), decimals(-1_000, 100_000))
        .as(SurveyAnswer::new);
  }

  static Arbitrary<SurveyRound> rounds() {
    return Combinators.combine(nonBlank(), dates(), Arbitraries.integers().between(1, 100_000),
        answers().list().ofMaxSize(4)).as(SurveyRound::new);
  }

  static Arbitrary<Ballot> ballots() {
    return Combinators.combine(nonBlank(), decimals(1, 1_000_000), Arbitraries.of(BallotChoice.class)).as(Ballot::new);
  }

  static Arbitrary<OwnersVote> votes() {
    return Combinators.combine(nonBlank(), Arbitraries.of(Matter.class), dates(), Arbitraries.integers().between(1, 100_000),
        decimals(1, 100_000_000), ballots().list().ofMaxSize(4), Arbitraries.integers().between(0, 400).injectNull(0.5))
        .as(OwnersVote::new);
  }

  static Arbitrary<PartyStatus> partyStatuses() {
    return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.of(PartyForm.class).injectNull(0.4),
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(PartyStatus::new);
  }

  static Arbitrary<PropertyCompany> companies() {
    return Combinators.combine(nonBlank(), text(), partyStatuses().injectNull(0.4), nonBlank().injectNull(0.4),
        nonBlank().injectNull(0.4)).as(PropertyCompany::new);
  }

  /** Estates with or without their organisation fields (unit, households, service mode, fees, committee). */
  static Arbitrary<Estate> estates() {
    Arbitrary<FeeAccount> fees = Combinators.combine(decimals(0, 1_000_000_000), decimals(0, 1_000_000_000))
        .as(FeeAccount::new);
    Arbitrary<Committee> committees = Combinators.combine(Arbitraries.of(CommitteeKind.class), partyStatuses())
        .as(Committee::new);
    Arbitrary<List<Object>> org = Combinators.combine(nonBlank().injectNull(0.4),
        Arbitraries.integers().between(0, 100_000), Arbitraries.of(ServiceMode.class).injectNull(0.4),
        fees.injectNull(0.4), committees.injectNull(0.4))
        .as((unit, households, mode, fee, committee) -> Collections.unmodifiableList(
            Arrays.asList(unit, households, mode, fee, committee)));
    return Combinators.combine(nonBlank(), text(), companies().injectNull(0.3), rounds().list().ofMaxSize(3),
        votes().list().ofMaxSize(3), org)
        .as((id, name, company, rounds, votes, o) -> new Estate(id, name, company, rounds, votes, (String) o.get(0),
            (Integer) o.get(1), (ServiceMode) o.get(2), (FeeAccount) o.get(3), (Committee) o.get(4)));
  }

  static Arbitrary<OrgUnit> units() {
    return Combinators.combine(nonBlank(), nonBlank(), nonBlank().injectNull(0.3), text(), nonBlank().injectNull(0.4),
        nonBlank().list().ofMaxSize(3)).as(OrgUnit::new);
  }

  static Arbitrary<ResidentMatter> matters() {
    return Combinators.combine(nonBlank(), nonBlank(), nonBlank(), dates(),
        Arbitraries.integers().between(0, 400).injectNull(0.4))
        .as((id, unit, severity, raised, days) -> new ResidentMatter(id, unit, severity, raised,
            days == null ? null : raised.plusDays(days)));
  }

  static Arbitrary<Meeting> meetings() {
    return Combinators.combine(nonBlank(), nonBlank(), dates()).as(Meeting::new);
  }

  /** Facts with estates and, often, an organisation tree with matters and meetings. */
  static Arbitrary<Facts> facts() {
    return Combinators.combine(estates().list().ofMaxSize(3), dates().injectNull(0.4), units().list().ofMaxSize(4),
        matters().list().ofMaxSize(3), meetings().list().ofMaxSize(3)).as(Facts::new);
  }

}
