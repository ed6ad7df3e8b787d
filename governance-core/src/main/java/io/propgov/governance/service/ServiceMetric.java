package io.propgov.governance.service;

import io.propgov.governance.explain.Label;
import java.util.Objects;

/**
 * A measurable standard of service, such as minutes to respond on site or hours the hotline is
 * staffed a day.
 *
 * @param code the metric's stable code, such as {@code response-minutes}, never blank
 * @param name its English and Chinese names, never null
 * @param unit the unit its figures are in, named in both languages, such as minutes / 分钟, never null
 * @param better which way the figure gets better, never null
 * @since 0.1.0
 */
public record ServiceMetric(String code, Label name, Label unit, MetricDirection better) {

  /** Checks that every part is given. */
  public ServiceMetric {
    Catalogues.requireCode(code, "service metric");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(better, "better");
  }
}
