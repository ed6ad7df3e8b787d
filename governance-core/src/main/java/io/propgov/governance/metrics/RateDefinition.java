package io.propgov.governance.metrics;

import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.LabelledId;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.service.ServiceMode;
import java.util.List;
import java.util.Objects;

/**
 * A city rate as a policy defines it ({@code metrics.rates}): its id, its names in English and
 * Chinese, the measure it counts over the measure it divides by, the management modes it counts
 * (for {@link Measure#ESTATES_IN_MODES}) and the source it comes from. Rolled up a tree, every
 * unit's rate is the sum of its estates' numerators over the sum of their denominators.
 *
 * <p>Six ids are the SDK's documented rates, each with its own rule id and messages: a policy that
 * uses one of them defines it with the measures listed in {@link MetricsRuleIds}. Any other id is a
 * city's own rate, explained under {@link MetricsRuleIds#RATE} with the names the policy gives.
 *
 * @since 0.3.0
 */
public final class RateDefinition extends LabelledId {

  /** The keys a unit's rates are written with besides its rates: no rate may take one. */
  private static final List<String> RESERVED = List.of("unitId", "estates", "policy", "asOf", "headline", "reasons");

  private final Measure numerator;
  private final Measure denominator;
  private final List<ServiceMode> modes;
  private final Citation source;

  /**
   * Defines a rate.
   *
   * @param id the id, capital letters, digits and underscores, such as {@code COVERAGE}
   * @param label its names, not null
   * @param numerator what it counts, not null
   * @param denominator what it divides by, counting the same kind (estates, households or CNY), not null
   * @param modes the management modes {@link Measure#ESTATES_IN_MODES} counts: given exactly when
   *     the numerator or the denominator is that measure; null means none
   * @param source where the rate comes from, flagged as a model assumption where no source gives it, not null
   * @throws IllegalArgumentException when the parts disagree, naming what would be legal
   */
  public RateDefinition(String id, Label label, Measure numerator, Measure denominator, List<ServiceMode> modes,
      Citation source) {
    super(id, "rate", Objects.requireNonNull(label, "label"));
    this.numerator = Objects.requireNonNull(numerator, "numerator");
    this.denominator = Objects.requireNonNull(denominator, "denominator");
    this.modes = modes == null ? List.of() : List.copyOf(modes);
    this.source = Objects.requireNonNull(source, "source");
    if (numerator.kind() != denominator.kind()) {
      throw new IllegalArgumentException("rate '" + id + "' divides " + numerator + " (" + numerator.kind()
          + ") by " + denominator + " (" + denominator.kind() + "); a rate's numerator and denominator count the same"
          + " kind: estates, households or CNY");
    }
    boolean readsModes = numerator == Measure.ESTATES_IN_MODES || denominator == Measure.ESTATES_IN_MODES;
    if (readsModes == this.modes.isEmpty()) {
      throw new IllegalArgumentException(readsModes
          ? "rate '" + id + "' counts ESTATES_IN_MODES: list the management modes it counts in 'modes'"
          : "rate '" + id + "' lists modes but neither its numerator nor its denominator is ESTATES_IN_MODES");
    }
    if (this.modes.stream().distinct().count() != this.modes.size()) {
      throw new IllegalArgumentException("rate '" + id + "' lists a mode twice; list each once");
    }
    if (RESERVED.contains(key())) {
      throw new IllegalArgumentException("rate id '" + id + "' would be written as '" + key() + "', a field every"
          + " unit's rates already have (" + String.join(", ", RESERVED) + "); choose another id");
    }
    String documented = MetricsRuleIds.documentedMismatch(this);
    if (documented != null) {
      throw new IllegalArgumentException(documented);
    }
  }

  /**
   * Returns what the rate counts.
   *
   * @return the numerator's measure, never null
   */
  public Measure numerator() {
    return numerator;
  }

  /**
   * Returns what the rate divides by.
   *
   * @return the denominator's measure, never null
   */
  public Measure denominator() {
    return denominator;
  }

  /**
   * Returns the management modes {@link Measure#ESTATES_IN_MODES} counts.
   *
   * @return the modes, empty when neither measure reads them, never null
   */
  public List<ServiceMode> modes() {
    return modes;
  }

  /**
   * Returns where the rate comes from.
   *
   * @return the citation, never null
   */
  public Citation source() {
    return source;
  }

  /**
   * Returns the unit its numerator and denominator are shown in.
   *
   * @return {@link Unit#CNY} for fees, {@link Unit#COUNT} for estates and households, never null
   */
  public Unit unit() {
    return numerator.unit();
  }

  /**
   * Returns the rule id its reasons carry: the documented rate's own id (such as
   * {@code metrics.coverage}), else {@link MetricsRuleIds#RATE}.
   *
   * @return the rule id, never null
   */
  public String ruleId() {
    return MetricsRuleIds.of(id());
  }

  /**
   * Returns the key its ratio is written under in decision JSON: the id in lower camel case
   * ({@code FEE_COLLECTION} is written {@code feeCollection}).
   *
   * @return the key, never null
   */
  public String key() {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : id().toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return key.toString();
  }

  @Override
  protected List<Object> definition() {
    return List.of(id(), label(), numerator, denominator, modes.stream().map(ServiceMode::id).toList(), source);
  }
}
