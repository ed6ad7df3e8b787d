package io.propgov.governance.testing;

import static io.propgov.governance.Fixtures.WUHAN_LEVELS;

import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The property tests' generators, named from the domain: estates' organisation trees, fractions,
 * owners' ballots, survey rounds, credit records, thresholds, money.
 *
 * <p>QuickTheories draws uniformly and injects no edge cases, so every generator here mixes its
 * edge values in explicitly ({@link #EDGE_PERCENT} of draws): the bounds of a range and the values
 * next to them, zero and one, empty and full lists, and the thresholds the rules compare against.
 * Values whose {@code toString} is hard to read are {@code describedAs} something that is not.
 */
public final class Generators {

  /** How often, in percent, a generator draws one of its edge values rather than any value. */
  public static final int EDGE_PERCENT = 25;

  private Generators() {}

  // ---- plain values, with their edge cases --------------------------------------------------

  /**
   * Integers from {@code min} to {@code max} inclusive; edge values are the bounds, the values
   * one inside them, -1, 0 and 1 where in range, and {@code alsoEdges} (thresholds to hit exactly).
   */
  public static Gen<Integer> ints(int min, int max, int... alsoEdges) {
    return longs(min, max, Arrays.stream(alsoEdges).asLongStream().toArray()).map(e -> e.intValue());
  }

  /**
   * Longs from {@code min} to {@code max} inclusive, with edge values as {@link #ints}; they are
   * ordered nearest zero first, so that a shrunk counter-example is as small as it can be.
   */
  public static Gen<Long> longs(long min, long max, long... alsoEdges) {
    List<Long> edges = new ArrayList<>();
    for (long e : new long[] {0, 1, -1, min, max}) {
      if (e >= min && e <= max) {
        edges.add(e);
      }
    }
    if (min < max) {
      edges.add(min + 1);
      edges.add(max - 1);
    }
    for (long e : alsoEdges) {
      edges.add(inRange(e, min, max));
    }
    // the edge nearest zero first: a shrinking edge moves towards the first
    edges.sort(Comparator.comparing((Long e) -> e == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(e))
        .thenComparing(e -> e < 0));
    Gen<Long> any = min == Long.MIN_VALUE && max == Long.MAX_VALUE ? SourceDSL.longs().all()
        : Generate.longRange(min, max, Math.max(min, Math.min(max, 0))); // shrinks towards zero
    return withEdges(any, edges);
  }

  /** Any long, for shuffling seeds and the like; edges are the extremes, -1, 0 and 1. */
  public static Gen<Long> anyLong() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** True or false. */
  public static Gen<Boolean> booleans() {
    return Generate.booleans();
  }

  /** One of the given values, shrinking towards the first. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(T... values) {
    return Generate.pick(List.of(values));
  }

  /** One of the given values, shrinking towards the first. */
  public static <T> Gen<T> oneOf(List<T> values) {
    return Generate.pick(List.copyOf(values));
  }

  /** One of an enum's constants. */
  public static <E extends Enum<E>> Gen<E> oneOf(Class<E> type) {
    return Generate.enumValues(type);
  }

  /** {@code any}, with {@link #EDGE_PERCENT} of its draws taken from {@code edges} instead. */
  public static <T> Gen<T> withEdges(Gen<T> any, List<T> edges) {
    return withEdges(any, EDGE_PERCENT, edges);
  }

  /** {@code any}, with {@code percent} of its draws taken from {@code edges} instead. */
  public static <T> Gen<T> withEdges(Gen<T> any, int percent, List<T> edges) {
    // The edges are the left side of the mix: the choice shrinks towards the right side, so a
    // shrinking counter-example leaves the edges and shrinks through any value smoothly.
    return edges.isEmpty() ? any
        : Generate.pick(List.copyOf(new LinkedHashSet<>(edges))).mix(any, 100 - percent);
  }

  /**
   * Big integers from {@code min} to {@code max} inclusive, of every magnitude in between: a bit
   * length is drawn first, then the bits. Edges are both bounds.
   */
  public static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
    BigInteger span = max.subtract(min).add(BigInteger.ONE);
    int bits = span.bitLength();
    if (bits > 192) {
      throw new IllegalArgumentException("a span of " + bits + " bits is more than three longs hold");
    }
    Gen<BigInteger> any = ints(0, bits).zip(anyLong(), anyLong(), anyLong(), (length, a, b, c) -> {
      BigInteger drawn = unsigned(a).shiftLeft(128).or(unsigned(b).shiftLeft(64)).or(unsigned(c));
      return min.add(drawn.and(BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE)).mod(span));
    });
    return withEdges(any, List.of(min, max));
  }

  /**
   * Lists of {@code minSize} to {@code maxSize} elements; the sizes have their edge cases, so the
   * shortest (often empty) and the longest lists come up often.
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return SourceDSL.lists().of(element).ofSizes(ints(minSize, maxSize));
  }

  /**
   * Lists as {@link #lists}, keeping only the first element with each key: a list may come out
   * shorter than drawn, never empty unless drawn so.
   */
  public static <T, K> Gen<List<T>> uniqueLists(Gen<T> element, int minSize, int maxSize, Function<T, K> key) {
    return lists(element, minSize, maxSize).map(list -> {
      Map<K, T> firsts = new LinkedHashMap<>();
      list.forEach(e -> firsts.putIfAbsent(key.apply(e), e));
      return List.copyOf(firsts.values());
    });
  }

  /** {@code gen}, or null in {@code percentNull} of draws. */
  public static <T> Gen<T> nullable(Gen<T> gen, int percentNull) {
    return gen.mix(Generate.constant(() -> null), percentNull);
  }

  /** {@code gen} wrapped, or empty in {@code percentEmpty} of draws. */
  public static <T> Gen<Optional<T>> optional(Gen<T> gen, int percentEmpty) {
    return gen.map(Optional::of).mix(Generate.constant(Optional::empty), percentEmpty);
  }

  /** Strings of {@code minLength} to {@code maxLength} characters drawn from {@code chars}. */
  public static Gen<String> strings(String chars, int minLength, int maxLength) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).toList();
    return lists(Generate.pick(alphabet), minLength, maxLength)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /**
   * A subset of {@code values} of {@code minSize} to {@code maxSize} distinct elements, in drawing
   * order; the first {@code minSize} and the first {@code maxSize} values are its edges.
   */
  public static <T> Gen<List<T>> subsets(List<T> values, int minSize, int maxSize) {
    return withEdges(uniqueLists(oneOf(values), minSize, maxSize, Function.identity()),
        List.of(List.copyOf(values.subList(0, minSize)), List.copyOf(values.subList(0, maxSize))));
  }

  private static BigInteger unsigned(long bits) {
    return BigInteger.valueOf(bits).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
  }

  private static long inRange(long e, long min, long max) {
    if (e < min || e > max) {
      throw new IllegalArgumentException("edge " + e + " lies outside " + min + ".." + max);
    }
    return e;
  }

  // ---- money and scores -------------------------------------------------------------------

  /** Money in CNY with two decimals, from {@code minFen} to {@code maxFen} fen (hundredths). */
  public static Gen<BigDecimal> yuan(long minFen, long maxFen) {
    return longs(minFen, maxFen).map(fen -> BigDecimal.valueOf(fen, 2));
  }

  /** A satisfaction score from 0.00 to 100.00; edges include the 60-point pass line both ways. */
  public static Gen<BigDecimal> score() {
    return longs(0, 100_00, 59_99, 60_00, 60_01).map(h -> BigDecimal.valueOf(h, 2));
  }

  // ---- fractions and thresholds -------------------------------------------------------------

  /**
   * A fraction with a numerator up to ±10^12 and a denominator up to 10^9 of either sign; edges
   * include zero, ±1, and the largest numerators and denominators.
   */
  public static Gen<Fraction> fraction() {
    Gen<Long> numerators = longs(-1_000_000_000_000L, 1_000_000_000_000L);
    Gen<Long> denominators = longs(1, 1_000_000_000L);
    return numerators.zip(denominators, booleans(), (n, d, negative) -> Fraction.of(n, negative ? -d : d));
  }

  /** A threshold of {@code n}/12, 0 ≤ n ≤ 12, "at least" or "more than". */
  public static Gen<Threshold> threshold() {
    return ints(0, 12).zip(oneOf(Comparison.AT_LEAST, Comparison.MORE_THAN),
        (n, c) -> new Threshold(c, Fraction.of(n, 12)));
  }

  // ---- organisation -------------------------------------------------------------------------

  /**
   * Valid trees of the Wuhan template of 1 to {@code maxUnits} units: a single root of a random
   * level (sub-district, community or estate), then units each placed under a random earlier unit
   * that may have children, one level below it; listed in that order or reversed. Shrinks towards
   * small trees rooted at the sub-district. Shown as {@code id:level<parent} entries.
   */
  public static Gen<List<OrgUnit>> wuhanTree(int maxUnits) {
    return ints(0, 2).zip(lists(ints(0, 1_000), 0, maxUnits - 1), booleans(), Generators::tree)
        .describedAs(Generators::describeTree);
  }

  /** The units of a tree, one {@code id:level<parent} entry each. */
  public static String describeTree(List<OrgUnit> units) {
    return units.stream().map(u -> u.id() + ":" + u.level() + (u.parentId() == null ? "" : "<" + u.parentId()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static List<OrgUnit> tree(int rootRank, List<Integer> picks, boolean reversed) {
    List<String> codes = WUHAN_LEVELS.codes();
    List<OrgUnit> units = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    units.add(new OrgUnit("u0", codes.get(rootRank), null, "", null, List.of("m0")));
    ranks.add(rootRank);
    for (int pick : picks) {
      List<Integer> parents = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (ranks.get(i) < codes.size() - 1) {
          parents.add(i);
        }
      }
      if (parents.isEmpty()) {
        break; // only a root of the lowest level: nothing may go below it
      }
      int parent = parents.get(pick % parents.size());
      int rank = ranks.get(parent) + 1;
      String id = "u" + units.size();
      units.add(new OrgUnit(id, codes.get(rank), units.get(parent).id(), "", null, List.of("m" + units.size())));
      ranks.add(rank);
    }
    if (reversed) {
      Collections.reverse(units);
    }
    return List.copyOf(units);
  }

  // ---- owners' votes ------------------------------------------------------------------------

  /**
   * The ballots of 1 to 40 owners with distinct ids, each owning one to three units of 20.00 to
   * 200.00 m² and voting the same way with every unit.
   */
  public static Gen<List<Ballot>> ballots() {
    Gen<List<Ballot>> owner = strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 6, 6)
        .zip(oneOf(BallotChoice.class), lists(yuan(20_00, 200_00), 1, 3),
            (id, choice, areas) -> areas.stream().map(a -> new Ballot(id, a, choice)).toList());
    return uniqueLists(owner, 1, 40, units -> units.get(0).ownerId())
        .map(owners -> owners.stream().flatMap(List::stream).toList());
  }

  // ---- satisfaction -------------------------------------------------------------------------

  /**
   * A survey round closed on {@code closed} of 1 to 20 households, with one answer per household
   * up to all of them and up to three each from the owners' committee and the community.
   */
  public static Gen<SurveyRound> surveyRound(LocalDate closed) {
    return ints(1, 20).flatMap(households -> lists(score(), 1, households)
        .zip(lists(score(), 0, 3), lists(score(), 0, 3), (h, oc, c) -> {
          List<SurveyAnswer> answers = new ArrayList<>();
          addAnswers(answers, "h", RespondentGroup.HOUSEHOLD, h);
          addAnswers(answers, "oc", RespondentGroup.OWNERS_COMMITTEE, oc);
          addAnswers(answers, "c", RespondentGroup.COMMUNITY, c);
          return new SurveyRound("r", closed, households, answers);
        }));
  }

  private static void addAnswers(List<SurveyAnswer> answers, String prefix, RespondentGroup group,
      List<BigDecimal> scores) {
    for (int i = 0; i < scores.size(); i++) {
      answers.add(new SurveyAnswer(prefix + i, group, scores.get(i)));
    }
  }

  // ---- credit -------------------------------------------------------------------------------

  /**
   * A company's credit record of up to 25 events, ids {@code e0, e1, …} by position: any of
   * {@code codes}, dated from {@code first} to {@code last}, half with points of 0 to 100 (the
   * others take the catalogue's), four in ten corrected 0 to 400 days after.
   */
  public static Gen<List<CreditEvent>> creditRecord(List<String> codes, LocalDate first, LocalDate last) {
    Gen<CreditEvent> draft = oneOf(codes).zip(dates(first, last), nullable(points(), 50),
        nullable(ints(0, 400), 40), (code, date, points, after) -> new CreditEvent("e", code, date, points,
            after == null ? null : date.plusDays(after)));
    return lists(draft, 0, 25).map(list -> {
      List<CreditEvent> events = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        CreditEvent d = list.get(i);
        events.add(new CreditEvent("e" + i, d.code(), d.date(), d.points(), d.correctedOn()));
      }
      return List.copyOf(events);
    });
  }

  /** One uncorrected credit event with id {@code id}, of any of {@code codes}, as in {@link #creditRecord}. */
  public static Gen<CreditEvent> creditEvent(String id, List<String> codes, LocalDate first, LocalDate last) {
    return oneOf(codes).zip(dates(first, last), nullable(points(), 50),
        (code, date, points) -> new CreditEvent(id, code, date, points, null));
  }

  private static Gen<BigDecimal> points() {
    return ints(0, 100).map(i -> BigDecimal.valueOf(i));
  }

  /** Dates from {@code first} to {@code last} inclusive; edges are both ends. */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    return ints(0, (int) (last.toEpochDay() - first.toEpochDay())).map(days -> first.plusDays(days));
  }
}
