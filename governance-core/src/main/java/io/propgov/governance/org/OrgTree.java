package io.propgov.governance.org;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.internal.Problems;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A validated organisation tree: every unit has a known level, a known parent of a level the
 * template allows above it, and no cycle. Immutable and thread-safe.
 *
 * <p>Every walk is iterative, never recursive, so a tree of any depth is safe: a chain of
 * 100,000 units neither overflows the stack nor costs more than linear time.
 *
 * @since 0.1.0
 */
public final class OrgTree {

  private final LevelTemplate template;
  private final List<OrgUnit> units;
  private final Map<String, Integer> indexOf;
  private final int[] parent;
  private final int[] childStart;
  private final int[] childList;
  private final int[] topDown;

  private OrgTree(LevelTemplate template, List<OrgUnit> units, Map<String, Integer> indexOf, int[] parent) {
    this.template = template;
    this.units = units;
    this.indexOf = indexOf;
    this.parent = parent;
    int n = units.size();
    // Children in compressed form: childList[childStart[p] .. childStart[p + 1]) are p's children.
    childStart = new int[n + 1];
    for (int p : parent) {
      if (p >= 0) {
        childStart[p + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    childList = new int[n];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childList[fill[parent[i]]++] = i;
      }
    }
    topDown = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        topDown[tail++] = i;
      }
    }
    while (head < tail) {
      int u = topDown[head++];
      for (int k = childStart[u]; k < childStart[u + 1]; k++) {
        topDown[tail++] = childList[k];
      }
    }
  }

  /**
   * Validates units against a template and builds the tree.
   *
   * @param template the policy's level template, not null
   * @param units the units, in any order, not null
   * @return the tree, never null
   * @throws InvalidFactsException listing every error, located under {@code /units}
   */
  public static OrgTree of(LevelTemplate template, List<OrgUnit> units) {
    List<InputError> errors = validate(template, units, "/units");
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    return build(template, units);
  }

  /**
   * Returns every problem with a list of units, all at once: a duplicate id, an unknown level,
   * an unknown parent, a child level the template forbids, a cycle (naming the ids on it), and
   * more than one root where the template requires one.
   *
   * @param template the policy's level template, not null
   * @param units the units, not null
   * @param pointer the JSON Pointer of the list in the caller's document, such as {@code /units}
   * @return the errors, empty when the units form a valid tree
   */
  public static List<InputError> validate(LevelTemplate template, List<OrgUnit> units, String pointer) {
    Objects.requireNonNull(template, "template");
    Problems problems = new Problems();
    // Ranks and allowed children looked up in maps: a template may have many levels.
    Map<String, Integer> rank = new HashMap<>();
    Map<String, Set<String>> allows = new HashMap<>();
    for (int r = 0; r < template.levels().size(); r++) {
      Level level = template.levels().get(r);
      rank.put(level.code(), r);
      allows.put(level.code(), new HashSet<>(level.children()));
    }
    Map<String, Integer> indexOf = new HashMap<>(capacity(units.size()));
    for (int i = 0; i < units.size(); i++) {
      indexOf.putIfAbsent(units.get(i).id(), i);
    }
    int[] parent = new int[units.size()];
    List<Integer> roots = new ArrayList<>();
    // One pass per unit, so that errors come out in document order.
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = units.get(i);
      String at = pointer + "/" + i;
      int first = indexOf.get(u.id());
      // Messages are built only for errors: this loop runs once per unit of trees of any size.
      if (first != i) {
        problems.add(at + "/id", "duplicate", "unit id '" + u.id() + "' appears more than once (first at "
            + pointer + "/" + first + "); each unit needs its own id");
      }
      if (!rank.containsKey(u.level())) {
        problems.add(at + "/level", "enum", "level '" + u.level() + "' is not in the policy's template; the levels are "
            + String.join(", ", template.codes()));
      }
      parent[i] = -1;
      if (u.parentId() == null) {
        roots.add(i);
        continue;
      }
      Integer p = indexOf.get(u.parentId());
      if (p == null) {
        problems.add(at + "/parentId", "unknown-parent", "parent '" + u.parentId() + "' of unit '" + u.id()
            + "' is not a unit of this tree");
        continue;
      }
      parent[i] = p;
      OrgUnit up = units.get(p);
      if (rank.containsKey(u.level()) && rank.containsKey(up.level()) && !allows.get(up.level()).contains(u.level())) {
        List<String> allowed = template.level(up.level()).orElseThrow().children();
        problems.add(at + "/level", "forbidden-level", "a unit of level '" + u.level() + "' may not sit under '"
            + up.id() + "' of level '" + up.level() + "'; that level allows "
            + (allowed.isEmpty() ? "no children" : "children of level " + String.join(", ", allowed)));
      }
    }
    reportCycles(units, parent, pointer, problems);
    if (template.singleRoot() && roots.size() > 1) {
      for (int r : roots.subList(1, roots.size())) {
        problems.add(pointer + "/" + r + "/parentId", "multiple-roots", "unit '" + units.get(r).id()
            + "' has no parent, but the template requires a single root and '" + units.get(roots.get(0)).id()
            + "' is already the root; give it a parent");
      }
    }
    return problems.errors();
  }

  /** Finds each cycle once, walking parent links with a colour per walk, and names its ids in order. */
  private static void reportCycles(List<OrgUnit> units, int[] parent, String pointer, Problems problems) {
    int n = units.size();
    int[] walk = new int[n];
    Arrays.fill(walk, -1);
    boolean[] done = new boolean[n];
    for (int start = 0; start < n; start++) {
      int u = start;
      while (u >= 0 && !done[u] && walk[u] != start) {
        walk[u] = start;
        u = parent[u];
      }
      if (u >= 0 && !done[u] && walk[u] == start) {
        List<Integer> cycle = new ArrayList<>();
        int v = u;
        do {
          cycle.add(v);
          v = parent[v];
        } while (v != u);
        int lowest = cycle.stream().min(Integer::compare).orElseThrow();
        StringBuilder ids = new StringBuilder();
        for (int c : cycle) {
          ids.append(units.get(c).id()).append(" → ");
        }
        ids.append(units.get(u).id());
        problems.add(pointer + "/" + lowest + "/parentId", "cycle", "units form a cycle: " + ids
            + " (each names the next as its parent); a tree has no cycle");
      }
      for (int v = start; v >= 0 && !done[v]; v = parent[v]) {
        done[v] = true;
      }
    }
  }

  private static OrgTree build(LevelTemplate template, List<OrgUnit> units) {
    List<OrgUnit> copy = List.copyOf(units);
    Map<String, Integer> indexOf = new HashMap<>(capacity(copy.size()));
    int[] parent = new int[copy.size()];
    for (int i = 0; i < copy.size(); i++) {
      indexOf.put(copy.get(i).id(), i);
    }
    for (int i = 0; i < copy.size(); i++) {
      parent[i] = copy.get(i).parentId() == null ? -1 : indexOf.get(copy.get(i).parentId());
    }
    return new OrgTree(template, copy, Collections.unmodifiableMap(indexOf), parent);
  }

  /** A hash map capacity that holds {@code n} entries without resizing. */
  private static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  /** Returns the template the tree was validated against. @return the template, never null */
  public LevelTemplate template() {
    return template;
  }

  /** Returns the units, in the order given. @return the units, never null */
  public List<OrgUnit> units() {
    return units;
  }

  /** Returns whether the tree has a unit. @param id a unit id @return true when it does */
  public boolean contains(String id) {
    return indexOf.containsKey(id);
  }

  /** Returns a unit. @param id a unit id @return the unit, empty when the tree has none of that id */
  public Optional<OrgUnit> unit(String id) {
    Integer i = indexOf.get(id);
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  /**
   * Returns the chain from a unit up to its root, the unit first.
   *
   * @param id a unit of the tree
   * @return the units on the path, never empty
   * @throws IllegalArgumentException when the tree has no such unit
   */
  public List<OrgUnit> pathToRoot(String id) {
    List<OrgUnit> path = new ArrayList<>();
    for (int u = index(id); u >= 0; u = parent[u]) {
      path.add(units.get(u));
    }
    return path;
  }

  /**
   * Returns a unit and everything below it, parents before their children.
   *
   * @param id a unit of the tree
   * @return the subtree's units, the unit first, never empty
   * @throws IllegalArgumentException when the tree has no such unit
   */
  public List<OrgUnit> subtree(String id) {
    List<OrgUnit> out = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(index(id));
    while (!queue.isEmpty()) {
      int u = queue.poll();
      out.add(units.get(u));
      for (int k = childStart[u]; k < childStart[u + 1]; k++) {
        queue.add(childList[k]);
      }
    }
    return out;
  }

  /** Returns a unit's children, in the order given. @param id a unit of the tree @return the children */
  public List<OrgUnit> children(String id) {
    int u = index(id);
    List<OrgUnit> out = new ArrayList<>();
    for (int k = childStart[u]; k < childStart[u + 1]; k++) {
      out.add(units.get(childList[k]));
    }
    return out;
  }

  /** Returns the root units, in the order given. @return the roots, never null */
  public List<OrgUnit> roots() {
    List<OrgUnit> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (parent[i] < 0) {
        out.add(units.get(i));
      }
    }
    return out;
  }

  /**
   * Rolls a value up the tree: each unit's total is its own value combined with its children's
   * totals. Computed bottom-up in one linear pass, without recursion.
   *
   * @param own each unit's own value, not null
   * @param combine how two totals add up; must be associative. A unit's total is its own value
   *     combined with its children's totals in the order the children were given, not null
   * @param <T> the type of value
   * @return each unit's total, by unit id, in the order the units were given
   */
  public <T> Map<String, T> rollUp(Function<OrgUnit, T> own, BinaryOperator<T> combine) {
    List<T> totals = new ArrayList<>(units.size());
    for (OrgUnit u : units) {
      totals.add(own.apply(u));
    }
    // Bottom-up: by the time a unit is reached, each of its children's totals is final.
    for (int k = topDown.length - 1; k >= 0; k--) {
      int u = topDown[k];
      T total = totals.get(u);
      for (int c = childStart[u]; c < childStart[u + 1]; c++) {
        total = combine.apply(total, totals.get(childList[c]));
      }
      totals.set(u, total);
    }
    Map<String, T> out = new LinkedHashMap<>(capacity(units.size()));
    for (int i = 0; i < units.size(); i++) {
      out.put(units.get(i).id(), totals.get(i));
    }
    return out;
  }

  private int index(String id) {
    Integer i = indexOf.get(id);
    if (i == null) {
      throw new IllegalArgumentException("the tree has no unit '" + id + "'");
    }
    return i;
  }
}
