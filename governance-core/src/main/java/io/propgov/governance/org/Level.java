package io.propgov.governance.org;

import java.util.List;
import java.util.Objects;

/**
 * One level of an organisation hierarchy, such as a community party committee or an estate
 * party branch, with the levels its child units may have.
 *
 * @param code the level's stable code, such as {@code community}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, such as 社区大党委, never blank
 * @param children the codes of the levels a unit of this level may have as children, never null
 * @since 0.1.0
 */
public record Level(String code, String en, String zh, List<String> children) {

  /** Checks the parts and copies the children. */
  public Level {
    for (String text : new String[] {code, en, zh}) {
      Objects.requireNonNull(text, "level code and names are required");
      if (text.isBlank()) {
        throw new IllegalArgumentException("level code and names must not be blank");
      }
    }
    children = List.copyOf(children);
  }
}
