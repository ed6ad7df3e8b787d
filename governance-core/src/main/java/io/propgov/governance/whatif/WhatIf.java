package io.propgov.governance.whatif;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two evaluations of the same facts, decision tree by decision tree.
 *
 * <p>Entities are matched by id. Within an entity, decisions are matched by kind (the lowercase
 * start of their message key: {@code satisfaction.round} of {@code satisfaction.round.FAILED})
 * and by the ids their headline shows (a round id, a vote id), else by position among decisions
 * of the same kind; reasons are matched by rule id (and, for a rule applied twice, by position).
 * A decision differs when its outcome (message key) or the outcome of any of its rules differs;
 * figures that change while every outcome stays the same are not a difference. Nothing here knows
 * a rule area, so areas added later are compared as they are.
 *
 * <pre>{@code
 * WhatIfReport report = WhatIf.compare(decisionsUnderA, decisionsUnderB); // maps of estate id -> decision
 * report.summary(); // {satisfaction.pass-line={MET -> NOT_MET=3}, ...}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WhatIf {

  private WhatIf() {}

  /**
   * Compares two sets of decisions about the same entities.
   *
   * @param before the decisions before, by entity id, not null
   * @param after the decisions after, by entity id, not null
   * @return every decision that differs, entities in the order of {@code before} then those
   *     only in {@code after}, never null
   */
  public static WhatIfReport compare(Map<String, ? extends Decision<?>> before,
      Map<String, ? extends Decision<?>> after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Set<String> entities = new LinkedHashSet<>(before.keySet());
    entities.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String entity : entities) {
      compare(entity, "", before.get(entity), after.get(entity), changes);
    }
    return new WhatIfReport(changes);
  }

  private static void compare(String entity, String path, Decision<?> before, Decision<?> after, List<Change> out) {
    List<RuleFlip> flips = flips(before, after);
    boolean differs = before == null || after == null
        || !before.value().messageKey().equals(after.value().messageKey()) || !flips.isEmpty();
    if (differs) {
      out.add(new Change(entity, path, before, after, flips));
    }
    if (before == null || after == null) {
      return;
    }
    Map<String, Decision<?>> a = parts(before);
    Map<String, Decision<?>> b = parts(after);
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String key : keys) {
      compare(entity, path.isEmpty() ? key : path + "/" + key, a.get(key), b.get(key), out);
    }
  }

  /** The parts of a decision by kind and identity, in order. */
  private static Map<String, Decision<?>> parts(Decision<?> decision) {
    Map<String, Decision<?>> parts = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Decision<?> part : decision.value().parts()) {
      String kind = kind(part.value().messageKey());
      String ids = String.join(",", new TreeMap<>(part.value().headlineLiterals()).values());
      String key = kind + "[" + (ids.isEmpty() ? "#" + seen.merge(kind, 1, Integer::sum) : ids) + "]";
      while (parts.containsKey(key)) {
        key = key + "'"; // two parts with the same ids: matched by position
      }
      parts.put(key, part);
    }
    return parts;
  }

  /** The lowercase start of a message key: {@code vote} of {@code vote.PASSED.WITH_END}. */
  static String kind(String messageKey) {
    List<String> words = new ArrayList<>();
    for (String word : messageKey.split("\\.")) {
      if (!word.isEmpty() && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(
          java.util.Locale.ROOT))) {
        break;
      }
      words.add(word);
    }
    return words.isEmpty() ? messageKey : String.join(".", words);
  }

  private static List<RuleFlip> flips(Decision<?> before, Decision<?> after) {
    Map<String, Reason> a = reasons(before);
    Map<String, Reason> b = reasons(after);
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    List<RuleFlip> flips = new ArrayList<>();
    for (String key : keys) {
      Reason x = a.get(key);
      Reason y = b.get(key);
      if (x == null || y == null || x.outcome() != y.outcome()) {
        String ruleId = x != null ? x.ruleId() : y.ruleId();
        flips.add(new RuleFlip(ruleId, x == null ? null : x.outcome(), y == null ? null : y.outcome(), figures(x),
            figures(y)));
      }
    }
    return flips;
  }

  private static List<Figure> figures(Reason reason) {
    return reason == null ? List.of() : reason.figures();
  }

  /** The reasons of a decision keyed by rule id, and by position for a rule applied more than once. */
  private static Map<String, Reason> reasons(Decision<?> decision) {
    Map<String, Reason> reasons = new LinkedHashMap<>();
    if (decision == null) {
      return reasons;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Reason reason : decision.reasons()) {
      int n = seen.merge(reason.ruleId(), 1, Integer::sum);
      reasons.put(n == 1 ? reason.ruleId() : reason.ruleId() + "#" + n, reason);
    }
    return reasons;
  }
}
