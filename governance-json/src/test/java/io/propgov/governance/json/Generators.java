package io.propgov.governance.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.EscalationScheme;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.RequiredMeeting;
import io.propgov.governance.org.MeetingSchedule;
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
import io.propgov.governance.vote.VoteRequirement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of policies, facts and edited estate lines, every value within its
 * legal range. Each mixes its edge values (bounds of a range, empty and full lists, the exact
 * shares of the law's thresholds, absent optional fields) into its random draws, so that every
 * property meets them within its examples.
 *
 * <p>QuickTheories shrinks a failing value by shrinking the numbers drawn to make it, each in
 * place. So that a smaller number never shifts the draws after it, every generator here draws
 * the same count of numbers whatever it makes: a list draws all its places, each with a key that
 * says whether it is kept; an optional value draws the value before deciding it is absent; a
 * choice draws every alternative. Shrinking then drops list elements and optional values one draw
 * at a time.
 */
final class Generators {

  /** The first day of every generated timeline: the scale is in force from it. */
  static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  /** Percentage of draws that take one of a generator's edge values. */
  private static final int EDGE_PERCENT = 15;

  private static final Gen<Integer> PERCENT = integers().between(0, 99);

  private Generators() {}

  /** A value of a parameter from a date, with its source. */
  record Dated<T>(LocalDate from, T value, Citation source) {}

  // ---- building blocks --------------------------------------------------------------------------

  /** Whole numbers from min to max; the bounds, their neighbours, 0 and 1 more often than chance. */
  static Gen<Integer> between(int min, int max) {
    Gen<Long> longs = longsBetween(min, max);
    return longs.map(Long::intValue);
  }

  /**
   * Whole numbers from min to max; the bounds, their neighbours, -1, 0 and 1 more often than
   * chance, the one nearest 0 first so that it is where they shrink to.
   */
  static Gen<Long> longsBetween(long min, long max) {
    Set<Long> edges = new HashSet<>(List.of(min, max));
    for (long e : new long[] {0, 1, -1}) {
      if (e >= min && e <= max) {
        edges.add(e);
      }
    }
    if (min < max) {
      edges.add(min + 1);
      edges.add(max - 1);
    }
    List<Long> nearestZeroFirst = edges.stream()
        .sorted(Comparator.comparing((Long e) -> BigInteger.valueOf(e).abs()).thenComparing(e -> e)).toList();
    Gen<Long> any = min == Long.MIN_VALUE && max == Long.MAX_VALUE ? longs().all() : longs().between(min, max);
    return any.mix(Generate.pick(nearestZeroFirst), EDGE_PERCENT); // one draw either way: aligned
  }

  /** The generator's values, and with {@link #EDGE_PERCENT} those of the edges (where shrinking goes). */
  static <T> Gen<T> withEdges(Gen<T> gen, Gen<T> edges) {
    return in -> {
      T value = gen.generate(in);
      T edge = edges.generate(in);
      return PERCENT.generate(in) < EDGE_PERCENT ? edge : value;
    };
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    return Generate.pick(List.of(values));
  }

  /** One of the alternatives, each as often as its weight says (every one drawn, one kept). */
  @SafeVarargs
  static <T> Gen<T> frequency(Pair<Integer, Gen<T>>... alternatives) {
    int total = Stream.of(alternatives).mapToInt(a -> a._1).sum();
    Gen<Integer> choice = integers().between(0, total - 1);
    return in -> {
      List<T> values = Stream.of(alternatives).map(a -> a._2.generate(in)).toList();
      int c = choice.generate(in);
      for (int i = 0; ; i++) {
        c -= alternatives[i]._1;
        if (c < 0) {
          return values.get(i);
        }
      }
    };
  }

  /** The value of the generator, or null with the given percentage (where shrinking goes). */
  static <T> Gen<T> nullable(Gen<T> gen, int percent) {
    return in -> {
      T value = gen.generate(in);
      return PERCENT.generate(in) < percent ? null : value;
    };
  }

  /**
   * Lists of min to max elements; the empty (when allowed) and the full more often than chance.
   * Each of the max places draws its element and a key, and keeps the element when its key is
   * among the top {@code size} of {@code max} (size drawn first; where too few are, the first
   * places not kept are): shrinking a key or the size drops an element wherever it is, and moves
   * no other.
   */
  static <T> Gen<List<T>> list(Gen<T> gen, int min, int max) {
    Gen<Integer> sizes = between(min, max);
    Gen<Integer> keys = integers().between(0, max - 1);
    return in -> {
      int size = sizes.generate(in);
      List<T> elements = new ArrayList<>();
      boolean[] kept = new boolean[max];
      int count = 0;
      for (int i = 0; i < max; i++) {
        elements.add(gen.generate(in));
        kept[i] = keys.generate(in) >= max - size;
        count += kept[i] ? 1 : 0;
      }
      List<T> list = new ArrayList<>();
      for (int i = 0; i < max; i++) {
        if (!kept[i] && count < min) {
          kept[i] = true;
          count++;
        }
        if (kept[i]) {
          list.add(elements.get(i));
        }
      }
      return list;
    };
  }

  /** A list in which no two elements have one key (the first is kept): at most max elements, at least one if min is. */
  static <T> Gen<List<T>> distinctList(Gen<T> gen, int min, int max, Function<T, ?> key) {
    return list(gen, min, max).map(all -> {
      Set<Object> keys = new HashSet<>();
      return all.stream().filter(e -> keys.add(key.apply(e))).toList();
    });
  }

  /** Some of the values in any order; none and all (in their order) more often than chance. */
  static <T> Gen<List<T>> someOf(List<T> values) {
    return someOf(values, values.size());
  }

  /** Some of the values in any order, drawing for a number of them (at least as many as there are). */
  private static <T> Gen<List<T>> someOf(List<T> values, int slots) {
    Gen<Boolean> taken = Generate.booleans();
    Gen<Integer> keys = integers().between(0, 99);
    Gen<List<T>> some = in -> {
      List<Integer> order = new ArrayList<>();
      List<Integer> key = new ArrayList<>();
      for (int i = 0; i < slots; i++) {
        key.add(keys.generate(in));
        if (taken.generate(in) && i < values.size()) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparing(key::get));
      return order.stream().map(values::get).toList();
    };
    return withEdges(some, Generate.pick(List.of(List.of(), values)));
  }

  // ---- text, numbers, dates -----------------------------------------------------------------------

  /** Letters, Chinese, quotes, escapes and control characters: what generated text is made of, 'a' first. */
  private static final String TEXT_CHARS = "abcdefghijklmnopqrstuvwxyz" + IntStream.rangeClosed('\u4e00', '\u4e20')
      .mapToObj(Character::toString).collect(Collectors.joining()) + " \"\\/~\n\t\u0000《》€";

  /** One of the characters (a single draw, shrinking to the first). */
  private static Gen<String> charOf(String chars) {
    return integers().between(0, chars.length() - 1).map(i -> chars.substring(i, i + 1));
  }

  /**
   * Text of up to {@code maxLength} pieces: draws them all and keeps as many as its length (drawn
   * first), so that shrinking the length cuts the end and moves no other draw.
   */
  private static Gen<String> string(Gen<String> piece, int maxLength) {
    Gen<Integer> lengths = between(0, maxLength);
    return in -> {
      int length = lengths.generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < maxLength; i++) {
        String p = piece.generate(in);
        if (i < length) {
          text.append(p);
        }
      }
      return text.toString();
    };
  }

  /** Text of up to 16 letters, Chinese, quotes, escapes and control characters, possibly empty. */
  static Gen<String> text() {
    return withEdges(string(charOf(TEXT_CHARS), 16), oneOf("", " ", "\"", "\\", "\u0000", "\n\t", "~/", "《》", "€",
        "z".repeat(16), "\"".repeat(16))).describedAs(Generators::quoted);
  }

  /** Text that is not blank: a blank draw gets a letter in its last place. */
  static Gen<String> nonBlank() {
    return text().zip(charOf("abcdefghijklmnopqrstuvwxyz"),
        (s, c) -> s.isBlank() ? s.substring(0, Math.min(s.length(), 15)) + c : s)
        .describedAs(Generators::quoted);
  }

  static Gen<LocalDate> date() {
    return between(0, 12_000).map(d -> EPOCH.plusDays(d));
  }

  /** A decimal with 0 to 3 places, its scale kept. */
  static Gen<BigDecimal> decimal(long min, long max) {
    return longsBetween(min, max).zip(between(0, 3), BigDecimal::valueOf);
  }

  static Gen<Fraction> fraction() {
    return between(0, 40).zip(between(1, 12), (n, d) -> Fraction.of(n, d));
  }

  /** A share from 0 to 1; the law's exact thresholds (1/2, 2/3, 3/4) more often than chance. */
  static Gen<Fraction> share() {
    Gen<Fraction> any = between(1, 12).flatMap(d -> between(0, d).map(n -> Fraction.of(n, d)));
    return withEdges(any, oneOf(Fraction.of(0, 1), Fraction.of(1, 2), Fraction.of(2, 3), Fraction.of(3, 4),
        Fraction.of(1, 1)));
  }

  /** Fractions whose denominator has no prime factor but 2 and 5, so that they are exact decimals. */
  static Gen<Fraction> terminatingFraction() {
    return longsBetween(-1_000_000, 1_000_000).zip(between(0, 6), between(0, 6), (n, twos, fives) -> Fraction.of(
        BigInteger.valueOf(n), BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives))));
  }

  static Gen<Citation> citation() {
    return nonBlank().zip(nonBlank(), Citation::new);
  }

  // ---- parameter values ---------------------------------------------------------------------------

  static Gen<Threshold> threshold() {
    return oneOf(Comparison.AT_LEAST, Comparison.MORE_THAN).zip(share(), Threshold::new);
  }

  /** Weights of the groups, each possibly absent, at least one positive (given to a drawn group when none is). */
  static Gen<GroupWeights> groupWeights() {
    Gen<Fraction> weight = nullable(fraction(), 30);
    Gen<RespondentGroup> lead = Generate.enumValues(RespondentGroup.class);
    Gen<Fraction> positive = between(1, 40).zip(between(1, 12), (n, d) -> Fraction.of(n, d));
    return in -> {
      Map<RespondentGroup, Fraction> weights = new EnumMap<>(RespondentGroup.class);
      for (RespondentGroup group : RespondentGroup.values()) {
        Fraction w = weight.generate(in);
        if (w != null) {
          weights.put(group, w);
        }
      }
      RespondentGroup first = lead.generate(in);
      Fraction fallback = positive.generate(in);
      if (weights.values().stream().noneMatch(w -> w.signum() > 0)) {
        weights.put(first, fallback);
      }
      return new GroupWeights(weights);
    };
  }

  static Gen<VoteRequirement> voteRule() {
    Gen<Boolean> quorum = Generate.booleans();
    Gen<ApprovalBase> base = Generate.enumValues(ApprovalBase.class);
    return in -> {
      boolean q = quorum.generate(in);
      Threshold qa = threshold().generate(in);
      Threshold qo = threshold().generate(in);
      return new VoteRequirement(q ? qa : null, q ? qo : null, base.generate(in), threshold().generate(in),
          threshold().generate(in));
    };
  }

  static Gen<SpecialMatters> specialMatters() {
    return someOf(List.of(Matter.values())).map(ms -> new SpecialMatters(Set.copyOf(ms)));
  }

  /** One to three values on distinct dates from {@link #EPOCH} on (the epoch itself more often than chance). */
  static <T> Gen<List<Dated<T>>> timeline(Gen<T> values) {
    Gen<Dated<T>> dated = between(0, 12_000).zip(values, citation(),
        (day, value, source) -> new Dated<>(EPOCH.plusDays(day), value, source));
    return distinctList(dated, 1, 3, Dated::from);
  }

  /** A whole policy: every satisfaction and vote parameter, each pass line on the scale. */
  static Gen<GovernancePolicy> policy() {
    return in -> policyBuilder(in).build();
  }

  /**
   * A whole policy with the five organisation parameters too: every template of the timeline
   * has the same level codes, which the severities and meetings name.
   */
  static Gen<GovernancePolicy> orgPolicy() {
    return in -> {
      GovernancePolicy.Builder builder = policyBuilder(in);
      List<String> codes = levelCodes().generate(in);
      setAll(builder, OrgParameters.ALL, List.of(timeline(template(codes)).generate(in),
          timeline(escalation(codes)).generate(in), timeline(partyThresholds()).generate(in),
          timeline(meetingRules(codes)).generate(in)));
      setAll(builder, OrgParameters.OPTIONAL, List.of(timeline(calendar()).generate(in)));
      return builder.build();
    };
  }

  private static GovernancePolicy.Builder policyBuilder(org.quicktheories.core.RandomnessSource in) {
    GovernancePolicy.Builder builder = GovernancePolicy.builder().id(nonBlank().generate(in))
        .jurisdiction(nonBlank().generate(in)).version(nonBlank().generate(in)).description(text().generate(in));
    Scale scale = decimal(-10_000, 10_000).zip(decimal(1, 100_000), (min, width) -> new Scale(min, min.add(width)))
        .generate(in);
    setAll(builder, SatisfactionParameters.ALL, List.of(List.of(new Dated<>(EPOCH, scale, citation().generate(in))),
        timeline(groupWeights()).generate(in), timeline(between(0, 4).map(k -> passLine(scale, k))).generate(in),
        timeline(threshold()).generate(in), timeline(between(1, 12)).generate(in),
        timeline(Generate.enumValues(InvalidRoundHandling.class)).generate(in)));
    setAll(builder, VoteParameters.ALL, List.of(timeline(voteRule()).generate(in), timeline(voteRule()).generate(in),
        timeline(specialMatters()).generate(in), timeline(between(0, 400)).generate(in)));
    return builder;
  }

  /** Sets each key's timeline, the keys and timelines in the same order. */
  private static void setAll(GovernancePolicy.Builder builder, List<ParameterKey<?>> keys,
      List<? extends List<? extends Dated<?>>> timelines) {
    for (int i = 0; i < keys.size(); i++) {
      for (Dated<?> dated : timelines.get(i)) {
        set(builder, keys.get(i), dated);
      }
    }
  }

  private static <T> void set(GovernancePolicy.Builder builder, ParameterKey<T> key, Dated<?> dated) {
    builder.set(key, dated.from(), key.type().cast(dated.value()), dated.source());
  }

  /** The scale's minimum plus a number of quarters of its width: both ends at 0 and 4. */
  private static BigDecimal passLine(Scale scale, int quarters) {
    return scale.min().add(scale.max().subtract(scale.min()).multiply(new BigDecimal("0.25"))
        .multiply(BigDecimal.valueOf(quarters)));
  }

  // ---- organisation parameters ------------------------------------------------------------------

  /** The most levels a generated template has. */
  static final int MAX_LEVELS = 5;

  /** One to {@link #MAX_LEVELS} distinct level codes, highest first. */
  static Gen<List<String>> levelCodes() {
    return distinctList(nonBlank(), 1, MAX_LEVELS, c -> c);
  }

  /**
   * A template over the given codes (at most {@link #MAX_LEVELS}): each level's children are some
   * of the levels after it, in any order.
   */
  static Gen<LevelTemplate> template(List<String> codes) {
    return in -> {
      List<Level> levels = new ArrayList<>();
      for (int i = 0; i < MAX_LEVELS; i++) {
        List<String> children = someOf(codes.subList(Math.min(i + 1, codes.size()), codes.size()), MAX_LEVELS)
            .generate(in);
        String en = nonBlank().generate(in);
        String zh = nonBlank().generate(in);
        if (i < codes.size()) {
          levels.add(new Level(codes.get(i), en, zh, children));
        }
      }
      return new LevelTemplate(levels, Generate.booleans().generate(in), Generate.pick(codes).generate(in));
    };
  }

  static Gen<EscalationScheme> escalation(List<String> codes) {
    Gen<Severity> severity = in -> new Severity(nonBlank().generate(in), nonBlank().generate(in),
        nonBlank().generate(in), Generate.pick(codes).generate(in), between(1, 60).generate(in),
        Generate.enumValues(DayCount.class).generate(in));
    return distinctList(severity, 1, 3, Severity::code).zip(Generate.booleans(), EscalationScheme::new);
  }

  /** Holidays and make-up working days, no day both. */
  static Gen<WorkCalendar> calendar() {
    return distinctList(date(), 0, 6, d -> d).zip(distinctList(date(), 0, 3, d -> d), (holidays, makeUp) -> {
      Set<LocalDate> worked = new HashSet<>(makeUp);
      worked.removeAll(holidays);
      return new WorkCalendar(Set.copyOf(holidays), worked);
    });
  }

  static Gen<PartyThresholds> partyThresholds() {
    return between(1, 10).zip(between(0, 10), between(1, 100), between(1, 100),
        (branch, committee, general, base) -> new PartyThresholds(branch, branch + committee,
            branch + committee + general, branch + committee + general + base));
  }

  static Gen<MeetingSchedule> meetingRules(List<String> codes) {
    Gen<RequiredMeeting> rule = in -> new RequiredMeeting(nonBlank().generate(in), nonBlank().generate(in),
        nonBlank().generate(in), Generate.pick(codes).generate(in), between(1, 24).generate(in));
    return distinctList(rule, 0, 3, RequiredMeeting::code).map(MeetingSchedule::new);
  }

  // ---- facts --------------------------------------------------------------------------------------

  static Gen<SurveyAnswer> answer() {
    return nonBlank().zip(Generate.enumValues(RespondentGroup.class), decimal(-1_000, 100_000), SurveyAnswer::new);
  }

  static Gen<SurveyRound> round() {
    return nonBlank().zip(date(), between(1, 100_000), list(answer(), 0, 4), SurveyRound::new);
  }

  static Gen<Ballot> ballot() {
    return nonBlank().zip(decimal(1, 1_000_000), Generate.enumValues(BallotChoice.class), Ballot::new);
  }

  static Gen<OwnersVote> vote() {
    return in -> new OwnersVote(nonBlank().generate(in), Generate.enumValues(Matter.class).generate(in),
        date().generate(in), between(1, 100_000).generate(in), decimal(1, 100_000_000).generate(in),
        list(ballot(), 0, 4).generate(in), nullable(between(0, 400), 50).generate(in));
  }

  static Gen<PartyStatus> partyStatus() {
    return between(0, 200).zip(nullable(Generate.enumValues(PartyForm.class), 40), Generate.booleans(),
        Generate.booleans(), PartyStatus::new);
  }

  static Gen<PropertyCompany> company() {
    return in -> new PropertyCompany(nonBlank().generate(in), text().generate(in),
        nullable(partyStatus(), 40).generate(in), nullable(nonBlank(), 40).generate(in),
        nullable(nonBlank(), 40).generate(in));
  }

  /** Estates with or without their organisation fields (unit, households, service mode, fees, committee). */
  static Gen<Estate> estate() {
    Gen<FeeAccount> fees = decimal(0, 1_000_000_000).zip(decimal(0, 1_000_000_000), FeeAccount::new);
    Gen<Committee> committee = Generate.enumValues(CommitteeKind.class).zip(partyStatus(), Committee::new);
    return in -> new Estate(nonBlank().generate(in), text().generate(in), nullable(company(), 30).generate(in),
        list(round(), 0, 3).generate(in), list(vote(), 0, 3).generate(in), nullable(nonBlank(), 40).generate(in),
        between(0, 100_000).generate(in), nullable(Generate.pick(List.of(ServiceMode.MARKET, ServiceMode.PUBLIC_WELFARE,
            ServiceMode.SELF_MANAGED, ServiceMode.COMMUNITY_INTERIM, ServiceMode.NONE)), 40).generate(in),
        nullable(fees, 40).generate(in), nullable(committee, 40).generate(in));
  }

  static Gen<OrgUnit> unit() {
    return in -> new OrgUnit(nonBlank().generate(in), nonBlank().generate(in), nullable(nonBlank(), 30).generate(in),
        text().generate(in), nullable(nonBlank(), 40).generate(in), list(nonBlank(), 0, 3).generate(in));
  }

  static Gen<ResidentMatter> matter() {
    return in -> {
      LocalDate raised = date().generate(in);
      String id = nonBlank().generate(in);
      String unit = nonBlank().generate(in);
      String severity = nonBlank().generate(in);
      Integer days = nullable(between(0, 400), 40).generate(in);
      return new ResidentMatter(id, unit, severity, raised, days == null ? null : raised.plusDays(days));
    };
  }

  static Gen<Meeting> meeting() {
    return nonBlank().zip(nonBlank(), date(), Meeting::new);
  }

  /** Facts with estates and, often, an organisation tree with matters and meetings. */
  static Gen<Facts> facts() {
    return in -> new Facts(list(estate(), 0, 3).generate(in), nullable(date(), 40).generate(in),
        list(unit(), 0, 4).generate(in), list(matter(), 0, 3).generate(in), list(meeting(), 0, 3).generate(in));
  }

  // ---- any text -----------------------------------------------------------------------------------

  /**
   * Any string of up to 255 characters of the whole UTF-16 range: surrogate pairs, lone
   * surrogates, CJK, escapes and control characters more often than chance.
   */
  static Gen<String> unicodeText() {
    List<String> specials = List.of("\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029",
        "\ufeff", "\uffff", "\uD83D", "\uDE00", "\uD83D\uDE00");
    Gen<Integer> kinds = integers().between(0, 9);
    Gen<Integer> values = integers().between(0, 0x10ffff);
    // two draws a piece, the first saying how to read the second: shrinks to " "
    Gen<String> piece = in -> {
      int kind = kinds.generate(in);
      int value = values.generate(in);
      return switch (kind) {
        case 0, 1 -> Character.toString(' ' + value % 95);
        case 2, 3, 4, 5 -> Character.toString(value % 0x10000);
        case 6 -> Character.toString('\u4e00' + value % ('\u9fa5' - '\u4e00' + 1));
        case 7 -> Character.toString(0x10000 + value % 0x100000);
        default -> specials.get(value % specials.size());
      };
    };
    return withEdges(string(piece, 255), oneOf("", " ", "\uD83D", "\uDE00", "a\uD83D\uDE00b", "end\uD83D", "中文",
        "x".repeat(255))).describedAs(Generators::quoted);
  }

  /** Up to 60 characters of JSON's own alphabet and the names of facts: mostly not JSON at all. */
  static Gen<String> jsonLikeText() {
    String alphabet = "{}[]\":,0123456789.-eE truefalsnl\\/idareaIDchoice";
    return withEdges(string(charOf(alphabet), 60), oneOf("", " ", "{}", "[]", "null", "\"", "{\"id\":\"e1\"}", "{\"id\":1e999}", "[".repeat(60),
        "{\"id\":\"\\u0000\"}")).describedAs(Generators::quoted);
  }

  /** The text in Java's notation: quoted, everything but printable ASCII and CJK as an escape. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= ' ' && c <= '~' || c >= '\u4e00' && c <= '\u9fa5' || "《》€".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  // ---- edited estate lines -----------------------------------------------------------------------

  /** A generated value and the edits that made it, shown in its place. */
  record Edited<T>(T value, String edits) {
    @Override
    public String toString() {
      return edits;
    }
  }

  /** Values a line edit puts in place of a node: each kind of JSON value, edges of the schema's ranges. */
  private static final List<String> LINE_VALUES = List.of("null", "\"\"", "\" \"", "\"\\u00a0\"", "\"\\t\"", "\"x\"",
      "\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"0999-01-01\"", "\"24-01-01\"", "\"HOUSEHOLD\"",
      "\"FOR\"", "\"DISMISS_COMPANY\"", "\"BRANCH\"", "\"MARKET\"", "\"OWNERS_COMMITTEE\"", "-1", "0", "1", "0.0",
      "1.0", "2.5", "-0.01", "2147483647", "2147483648", "true", "false", "{}", "[]", "[{}]");

  /**
   * A sound line of {@link Fixtures#ESTATE_LINES} with one or two edits: a node (any, the root
   * included, which is left alone) given one of {@link #LINE_VALUES}, removed, or given an unknown
   * member beside it; the first and last nodes and values more often than chance.
   */
  static Gen<Edited<JsonNode>> editedEstateTree() {
    List<String> lines = Fixtures.ESTATE_LINES;
    List<List<String>> pointers = lines.stream().map(l -> pointers(Documents4Tests.tree(l))).toList();
    Gen<Integer> line = between(0, lines.size() - 1);
    Gen<Integer> value = between(0, LINE_VALUES.size() + 1);
    return in -> {
      int l = line.generate(in);
      JsonNode root = Documents4Tests.tree(lines.get(l));
      List<String> edits = new ArrayList<>();
      int count = between(1, 2).generate(in);
      for (int i = 0; i < 2; i++) {
        String pointer = pointers.get(l).get(between(0, pointers.get(l).size() - 1).generate(in));
        int v = value.generate(in);
        if (i < count) {
          edits.add(edit(root, pointer, v));
        }
      }
      return new Edited<>(root, "line " + l + " with " + String.join("; ", edits) + " giving " + root);
    };
  }

  /**
   * An estate line edited as a tree, or (half the time) as text in ways a tree cannot hold: a key
   * twice, a number written otherwise, content after the object, a byte order mark.
   */
  static Gen<Edited<String>> editedEstateLine() {
    Gen<Edited<String>> trees = editedEstateTree().map(e -> new Edited<>(e.value().toString(), e.edits()));
    List<Pair<String, Function<String, String>>> textEdits = List.of(
        Pair.of("a respondentId twice", line -> line.replaceFirst("\\{\"respondentId\":\"(\\w+)\"",
            "{\"respondentId\":\"$1\",\"respondentId\":\"x\"")),
        Pair.of("a score written 50.000", line -> line.replaceFirst("\"score\":(\\d+)", "\"score\":$1.000")),
        Pair.of("a score written 50e0", line -> line.replaceFirst("\"score\":(\\d+)", "\"score\":$1e0")),
        Pair.of("an area made negative", line -> line.replaceFirst("\"area\":([\\d.]+)", "\"area\":-$1")),
        Pair.of("a newline after", line -> line + "\n"), Pair.of("an x after", line -> line + "x"),
        Pair.of("a byte order mark before", line -> "\ufeff" + line));
    Gen<Edited<String>> texts = between(0, Fixtures.ESTATE_LINES.size() - 1).zip(Generate.pick(textEdits),
        (l, e) -> {
          String edited = e._2.apply(Fixtures.ESTATE_LINES.get(l));
          return new Edited<>(edited, "line " + l + " with " + e._1 + " giving " + quoted(edited));
        });
    return frequency(Pair.of(1, trees), Pair.of(1, texts));
  }

  /** The JSON Pointer of every node, the root's ("") first, depth first. */
  static List<String> pointers(JsonNode root) {
    List<String> into = new ArrayList<>();
    pointers(root, "", into);
    return into;
  }

  private static void pointers(JsonNode node, String at, List<String> into) {
    into.add(at);
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> pointers(f.getValue(), at + "/" + f.getKey().replace("~", "~0")
          .replace("/", "~1"), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), at + "/" + i, into);
      }
    }
  }

  /**
   * Gives the node at the pointer value number {@code value} of {@link #LINE_VALUES}, removes it
   * (the number after the last) or adds an unknown member beside it (the next; in an array, removes
   * it); says what it did.
   */
  private static String edit(JsonNode root, String pointer, int value) {
    if (pointer.isEmpty()) {
      return "the root left alone";
    }
    JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    String put = value < LINE_VALUES.size() ? LINE_VALUES.get(value) : null;
    if (parent instanceof ObjectNode object) {
      if (value == LINE_VALUES.size()) {
        object.remove(last);
        return pointer + " removed";
      } else if (value == LINE_VALUES.size() + 1) {
        object.put("unknown", 1);
        return "\"unknown\": 1 beside " + pointer;
      }
      object.set(last, Documents4Tests.tree(put));
      return pointer + " = " + put;
    } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
      int index = Integer.parseInt(last);
      if (put == null) {
        array.remove(index);
        return pointer + " removed";
      }
      array.set(index, Documents4Tests.tree(put));
      return pointer + " = " + put;
    }
    // An earlier edit replaced the parent by a scalar or an array, or shortened it.
    return pointer + " gone (skipped)";
  }
}
