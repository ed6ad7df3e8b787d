package io.propgov.governance.org;

import io.propgov.governance.internal.Required;
import java.util.List;

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
    Required.texts("level code and names", code, en, zh);
    children = List.copyOf(children);
  }
}
