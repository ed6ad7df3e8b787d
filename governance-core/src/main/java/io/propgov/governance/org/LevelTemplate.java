package io.propgov.governance.org;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A city's organisation hierarchy: its levels from the top down (3 to 5 in published practice),
 * the child levels each may have, and which level's members form the community committee.
 *
 * <p>A level may only have lower levels as children, so "up the tree" always means towards the
 * first level.
 *
 * @param levels the levels, highest first, at least one, codes unique, never null
 * @param singleRoot whether a tree must have exactly one root unit
 * @param communityLevel the code of the level whose units' members are the community committee,
 *     the people "two-way entry" looks for in a company's supervisor and party head; never blank
 * @since 0.1.0
 */
public record LevelTemplate(List<Level> levels, boolean singleRoot, String communityLevel) {

  /** Checks that codes are unique, children are lower levels, and the community level exists. */
  public LevelTemplate {
    levels = List.copyOf(levels);
    Objects.requireNonNull(communityLevel, "communityLevel");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a level template has at least one level");
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      if (rank.put(levels.get(i).code(), i) != null) {
        throw new IllegalArgumentException("level code '" + levels.get(i).code() + "' appears twice");
      }
    }
    for (Level level : levels) {
      for (String child : level.children()) {
        Integer childRank = rank.get(child);
        if (childRank == null || childRank <= rank.get(level.code())) {
          throw new IllegalArgumentException("level '" + level.code() + "' lists child '" + child
              + "', which is not a lower level of this template; children must be levels listed after it");
        }
      }
    }
    if (!rank.containsKey(communityLevel)) {
      throw new IllegalArgumentException("communityLevel '" + communityLevel + "' is not a level of this template");
    }
  }

  /**
   * Returns the rank of a level: 0 for the highest, larger further down.
   *
   * @param code a level code
   * @return the rank, or -1 when the template has no such level
   */
  public int rank(String code) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the level of a code. @param code a level code @return the level, empty when unknown */
  public Optional<Level> level(String code) {
    return levels.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** Returns the codes of every level, highest first. @return the codes, never null */
  public List<String> codes() {
    return levels.stream().map(Level::code).toList();
  }

  /**
   * Returns whether a unit of level {@code child} may sit under one of level {@code parent}.
   *
   * @param parent the parent's level code
   * @param child the child's level code
   * @return true when the template allows it
   */
  public boolean allows(String parent, String child) {
    return level(parent).map(l -> l.children().contains(child)).orElse(false);
  }

  /** Returns the codes a template's levels use, for checks. @return the codes as a set */
  Set<String> codeSet() {
    return new HashSet<>(codes());
  }
}
