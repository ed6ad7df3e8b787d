package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LevelTemplateTests {

  static Level level(String code, String... children) {
    return new Level(code, code + " (en)", code + "（中）", List.of(children));
  }

  @Nested
  class Rejected {

    @Test
    void templateWithTwoLevelsOfOneCodeIsRejectedNamingTheCode() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(
          List.of(level("community", "estate"), level("estate"), level("community")), true, "community"));
      assertTrue(e.getMessage().contains("'community' appears twice"), e.getMessage());
    }

    @Test
    void childThatIsAHigherLevelIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(
          List.of(level("community", "estate"), level("estate", "community")), true, "community"));
      assertTrue(e.getMessage().contains("level 'estate' lists child 'community'"), e.getMessage());
    }

    @Test
    void levelThatListsItselfAsChildIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(
          List.of(level("community", "estate"), level("estate", "estate")), true, "community"));
    }

    @Test
    void childThatIsNoLevelOfTheTemplateIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(
          List.of(level("community", "grid"), level("estate")), true, "community"));
      assertTrue(e.getMessage().contains("'grid'"), e.getMessage());
    }

    @Test
    void communityLevelThatIsNoLevelOfTheTemplateIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(
          List.of(level("community", "estate"), level("estate")), true, "street"));
      assertTrue(e.getMessage().contains("communityLevel 'street'"), e.getMessage());
    }

    @Test
    void templateWithoutLevelsIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> new LevelTemplate(List.of(), true, "community"));
    }

    @Test
    void levelWithABlankCodeOrNameIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> new Level(" ", "en", "zh", List.of()));
      assertThrows(IllegalArgumentException.class, () -> new Level("code", "en", "", List.of()));
      assertThrows(NullPointerException.class, () -> new Level("code", null, "zh", List.of()));
    }
  }

  @Nested
  class Accepted {

    @Test
    void childMaySkipALevel() {
      LevelTemplate t = new LevelTemplate(List.of(level("community", "estate", "grid"), level("estate", "grid"),
          level("grid")), false, "community");
      assertTrue(t.allows("community", "grid"));
    }

    @Test
    void singleLevelWithoutChildrenIsATemplate() {
      LevelTemplate t = new LevelTemplate(List.of(level("community")), true, "community");
      assertEquals(List.of("community"), t.codes());
      assertFalse(t.allows("community", "community"));
    }

    @Test
    void chuxiongFiveLevelTemplateIsAccepted() {
      LevelTemplate t = new LevelTemplate(List.of(level("general-branch", "joint-committee"),
          level("joint-committee", "grid-branch"), level("grid-branch", "estate-group"),
          level("estate-group", "member-household"), level("member-household")), true, "general-branch");
      assertEquals(4, t.rank("member-household"));
    }

    @Test
    void levelsAreCopied() {
      List<Level> levels = new java.util.ArrayList<>(List.of(level("community")));
      LevelTemplate t = new LevelTemplate(levels, true, "community");
      levels.add(level("estate"));
      assertEquals(1, t.levels().size());
    }
  }

  @Nested
  class RankAndAllows {

    @Test
    void rankIsZeroAtTheTopAndGrowsDownwards() {
      assertEquals(0, WUHAN_LEVELS.rank("sub-district"));
      assertEquals(1, WUHAN_LEVELS.rank("community"));
      assertEquals(2, WUHAN_LEVELS.rank("estate"));
      assertEquals(3, WUHAN_LEVELS.rank("building"));
    }

    @Test
    void rankOfAnUnknownLevelIsMinusOne() {
      assertEquals(-1, WUHAN_LEVELS.rank("grid"));
      assertEquals(Optional.empty(), WUHAN_LEVELS.level("grid"));
    }

    @Test
    void allowsOnlyTheListedChildLevels() {
      assertTrue(WUHAN_LEVELS.allows("sub-district", "community"));
      assertTrue(WUHAN_LEVELS.allows("estate", "building"));
      assertFalse(WUHAN_LEVELS.allows("community", "building"), "a building sits under an estate, not a community");
      assertFalse(WUHAN_LEVELS.allows("estate", "community"), "never upwards");
      assertFalse(WUHAN_LEVELS.allows("building", "building"));
      assertFalse(WUHAN_LEVELS.allows("grid", "building"), "an unknown parent level allows nothing");
      assertFalse(WUHAN_LEVELS.allows("estate", "grid"));
    }

    @Test
    void levelLooksUpNamesByCode() {
      assertEquals("社区大党委", WUHAN_LEVELS.level("community").orElseThrow().zh());
      assertEquals(List.of("sub-district", "community", "estate", "building"), WUHAN_LEVELS.codes());
    }
  }
}
