package io.propgov.governance.json;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    return Combinators.combine(Arbitraries.of(Comparison.class), shares()).as(Threshold::new);
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

  static Arbitrary<Estate> estates() {
    Arbitrary<PropertyCompany> companies = Combinators.combine(nonBlank(), text()).as(PropertyCompany::new);
    return Combinators.combine(nonBlank(), text(), companies.injectNull(0.3), rounds().list().ofMaxSize(3),
        votes().list().ofMaxSize(3)).as(Estate::new);
  }

  static Arbitrary<Facts> facts() {
    return Combinators.combine(estates().list().ofMaxSize(3), dates().injectNull(0.4)).as(Facts::new);
  }

}
