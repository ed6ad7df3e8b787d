package io.propgov.governance.area;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.policy.ParameterKey;
import java.util.List;
import java.util.Objects;

/**
 * The part every rule area shares: its stable id and the policy parameters it reads, fixed when
 * the area is created. An area extends it and supplies validation and decision.
 *
 * @param <F> the facts the area judges
 * @param <C> what its decisions conclude
 * @since 0.2.0
 */
public abstract class AbstractRuleArea<F, C extends Conclusion> implements RuleArea<F, C> {

  private final String id;
  private final List<ParameterKey<?>> parameters;

  /**
   * Creates an area with its id and parameters.
   *
   * @param id the area's stable id, such as {@code satisfaction}, not blank
   * @param parameters every policy parameter the area reads, in a stable order, not null
   */
  protected AbstractRuleArea(String id, List<ParameterKey<?>> parameters) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a rule area needs an id");
    }
    this.id = id;
    this.parameters = List.copyOf(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<ParameterKey<?>> parameters() {
    return parameters;
  }
}
