package io.propgov.governance.workorder;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.PolicyRef;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts the three rates of each unit and company per month from judged orders, rolls the units'
 * counts up the tree, and ranks them.
 */
final class RateBook {

  /**
   * The three rates as Beijing's 接诉即办 names them. The regulation's definition of the mechanism
   * is quoted as the press reported it (no article number given); the three rates as the
   * assessment's measures are as Beijing reports them; the counting rules are a model choice.
   */
  static final Citation THREE_RATES = Citation.assumption(
      "Beijing Regulation on Handling Complaints upon Receipt (北京市接诉即办工作条例, adopted and in force"
          + " 2021-09-24): handling complaints upon receipt gives callers' requests \"fast response, efficient"
          + " handling, timely feedback and active governance\" (快速响应、高效办理、及时反馈和主动治理, as quoted by"
          + " the Beijing News, 2021-09-24); Beijing assesses the handling by the response, resolution and"
          + " satisfaction rates (三率考核, Beijing Youth Daily, 2021); counting on-time responses, the policy's basis"
          + " for resolved, and satisfied ratings among rated orders, by the month received, is a model assumption",
      "《北京市接诉即办工作条例》（2021年9月24日通过并施行）：接诉即办工作是对诉求人提出的诉求“给予快速响应、"
          + "高效办理、及时反馈和主动治理的为民服务机制”（据《新京报》2021年9月24日报道引述）；北京以响应率、"
          + "解决率、满意率考核办理情况（“三率考核”，《北京青年报》2021年）；按受理月份统计按时响应件数、按政策口径"
          + "认定的解决件数及参评件数中的满意件数为本模型假设");

  private final PolicyRef policy;
  private final LocalDate asOf;
  private final int decimals;
  private final Citation rankingSource;
  private final RankingRule ranking;

  RateBook(PolicyRef policy, LocalDate asOf, int decimals, RankingRule ranking, Citation rankingSource) {
    this.policy = policy;
    this.asOf = asOf;
    this.decimals = decimals;
    this.ranking = ranking;
    this.rankingSource = rankingSource;
  }

  /** One order's contribution to its unit's and its company's rates. */
  static ThreeRates one(SubjectKind kind, String subject, OrderJudgement order) {
    Ratio response = order.response() == DeadlineStatus.PENDING ? Ratio.NONE
        : Ratio.of(order.response() == DeadlineStatus.ON_TIME ? 1 : 0, 1);
    Ratio resolution = order.resolved() == null ? Ratio.NONE : Ratio.of(order.resolved() ? 1 : 0, 1);
    Ratio satisfaction = order.satisfied() == null ? Ratio.NONE : Ratio.of(order.satisfied() ? 1 : 0, 1);
    return new ThreeRates(kind, subject, order.month(), 1, response, resolution, satisfaction);
  }

  /** Each unit's rates per month; with a tree over its subtree, in tree order, else by unit id. */
  Map<YearMonth, Map<String, ThreeRates>> units(List<OrderJudgement> orders, OrgTree tree) {
    Map<YearMonth, Map<String, ThreeRates>> own = count(orders, SubjectKind.UNIT, OrderJudgement::unitId);
    if (tree == null) {
      return own;
    }
    Map<YearMonth, Map<String, ThreeRates>> rolled = new TreeMap<>();
    own.forEach((month, byUnit) -> {
      Map<String, ThreeRates> all = tree.rollUp(u -> byUnit.getOrDefault(u.id(), empty(u.id(), month)),
          (a, b) -> a.plus(b));
      Map<String, ThreeRates> withOrders = new LinkedHashMap<>();
      all.forEach((id, r) -> {
        if (r.orders() > 0) {
          withOrders.put(id, r);
        }
      });
      rolled.put(month, withOrders);
    });
    return rolled;
  }

  /** Each company's rates per month, by company id. */
  Map<YearMonth, Map<String, ThreeRates>> companies(List<OrderJudgement> orders) {
    return count(orders.stream().filter(o -> o.companyId() != null).toList(), SubjectKind.COMPANY,
        OrderJudgement::companyId);
  }

  private static Map<YearMonth, Map<String, ThreeRates>> count(List<OrderJudgement> orders, SubjectKind kind,
      java.util.function.Function<OrderJudgement, String> subject) {
    Map<YearMonth, Map<String, ThreeRates>> counts = new TreeMap<>();
    for (OrderJudgement order : orders) {
      String id = subject.apply(order);
      counts.computeIfAbsent(order.month(), m -> new TreeMap<>()).merge(id, one(kind, id, order), ThreeRates::plus);
    }
    return counts;
  }

  private static ThreeRates empty(String unit, YearMonth month) {
    return new ThreeRates(SubjectKind.UNIT, unit, month, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE);
  }

  /** Explains one subject's rates: one reason per rate. */
  Decision<ThreeRates> explain(ThreeRates rates) {
    List<Reason> reasons = List.of(
        rate(WorkOrderRuleIds.RESPONSE_RATE, rates.response()),
        rate(WorkOrderRuleIds.RESOLUTION_RATE, rates.resolution()),
        rate(WorkOrderRuleIds.SATISFACTION_RATE, rates.satisfaction()));
    return new Decision<>(rates, reasons, policy, asOf);
  }

  private Reason rate(String ruleId, Ratio ratio) {
    Optional<Fraction> share = ratio.share();
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("numerator", Fraction.of(ratio.numerator()), Unit.COUNT),
        Figure.of("denominator", Fraction.of(ratio.denominator()), Unit.COUNT)));
    share.ifPresent(s -> {
      figures.add(Figure.of("rate", s, Unit.SHARE));
      figures.add(Figure.text("published", published(s, decimals)));
      figures.add(Figure.count("decimals", decimals));
    });
    return Reason.noted(ruleId, share.isPresent() ? Outcome.MET : Outcome.NOT_APPLICABLE, THREE_RATES,
        figures.toArray(Figure[]::new));
  }

  /**
   * A rate as published: a percentage rounded half up to {@code decimals} decimals, such as
   * 99.7% for 299/300.
   */
  static String published(Fraction share, int decimals) {
    return share.times(Fraction.of(100)).toDecimal(decimals, RoundingMode.HALF_UP).setScale(decimals).toPlainString()
        + "%";
  }

  /**
   * Ranks subjects: by score, best first; equal scores share a place (1 plus the number of
   * strictly better scores) and are listed by id. The top list holds every subject whose place is
   * within the top size; the bottom list, worst first, every subject whose place counted from
   * the bottom is within the bottom size and that is not in the top list.
   */
  Decision<Ranking> rank(SubjectKind kind, YearMonth month, String level, Label levelName, List<ThreeRates> subjects) {
    List<RankEntry> scored = new ArrayList<>();
    List<String> unranked = new ArrayList<>();
    for (ThreeRates r : subjects) {
      Optional<Fraction> a = r.response().share();
      Optional<Fraction> b = r.resolution().share();
      Optional<Fraction> c = r.satisfaction().share();
      if (r.orders() < ranking.minimumOrders() || a.isEmpty() || b.isEmpty() || c.isEmpty()) {
        unranked.add(r.subjectId());
      } else {
        scored.add(new RankEntry(r.subjectId(), 0, ranking.score(a.get(), b.get(), c.get()), r.orders()));
      }
    }
    unranked.sort(Comparator.naturalOrder());
    scored.sort(Comparator.comparing(RankEntry::score).reversed().thenComparing(RankEntry::subjectId));
    List<RankEntry> entries = new ArrayList<>();
    List<String> top = new ArrayList<>();
    for (RankEntry e : scored) {
      int place = 1 + (int) scored.stream().filter(o -> o.score().compareTo(e.score()) > 0).count();
      entries.add(new RankEntry(e.subjectId(), place, e.score(), e.orders()));
      if (place <= ranking.topSize()) {
        top.add(e.subjectId());
      }
    }
    List<String> bottom = new ArrayList<>();
    List<RankEntry> worstFirst = new ArrayList<>(scored);
    worstFirst.sort(Comparator.comparing(RankEntry::score).thenComparing(RankEntry::subjectId));
    for (RankEntry e : worstFirst) {
      int fromBottom = 1 + (int) scored.stream().filter(o -> o.score().compareTo(e.score()) < 0).count();
      if (fromBottom <= ranking.bottomSize() && !top.contains(e.subjectId())) {
        bottom.add(e.subjectId());
      }
    }
    Reason reason = Reason.noted(WorkOrderRuleIds.RANKING, entries.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.MET,
        rankingSource, Figure.count("ranked", entries.size()), Figure.count("unranked", unranked.size()),
        Figure.count("minimumOrders", ranking.minimumOrders()),
        Figure.of("responseWeight", ranking.responseWeight(), Unit.SHARE),
        Figure.of("resolutionWeight", ranking.resolutionWeight(), Unit.SHARE),
        Figure.of("satisfactionWeight", ranking.satisfactionWeight(), Unit.SHARE),
        Figure.count("topSize", ranking.topSize()), Figure.count("bottomSize", ranking.bottomSize()),
        ids("top", top), ids("bottom", bottom));
    return new Decision<>(new Ranking(kind, month, level, levelName, entries, top, bottom, unranked), List.of(reason),
        policy, asOf);
  }

  private static Figure ids(String name, List<String> ids) {
    return ids.isEmpty() ? Figure.term(name, "NONE") : Figure.text(name, String.join(", ", ids));
  }

  /** The units of a tree grouped by level, in the template's order, each level's units in tree order. */
  static Map<String, List<String>> byLevel(OrgTree tree) {
    Map<String, List<String>> levels = new LinkedHashMap<>();
    tree.template().codes().forEach(c -> levels.put(c, new ArrayList<>()));
    for (OrgUnit u : tree.units()) {
      levels.computeIfAbsent(u.level(), l -> new ArrayList<>()).add(u.id());
    }
    return levels;
  }
}
