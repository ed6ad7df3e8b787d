package io.propgov.governance.credit;

import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.LabelledId;
import java.util.List;
import java.util.Objects;

/**
 * A joint reward or punishment (守信联合激励和失信联合惩戒) that a company's grade or listing brings:
 * an id the policy defines ({@code credit.consequence-types}) with its names in English and Chinese
 * and whether it is favourable (a reward) or not (a punishment). Which grades bring which is the
 * policy's too ({@code credit.consequences}); other rule areas (subsidies, bidding) ask for one by
 * id. Two consequences are equal when their ids are. The constants are ids the bundled city
 * policies define.
 *
 * @since 0.1.0
 */
public final class Consequence extends LabelledId {

  /** Barred from bidding for property projects. */
  public static final Consequence BARRED_FROM_BIDDING = of("BARRED_FROM_BIDDING");
  /** Barred from awards and honours. */
  public static final Consequence BARRED_FROM_AWARDS = of("BARRED_FROM_AWARDS");
  /** Barred from government subsidies and funds. */
  public static final Consequence BARRED_FROM_SUBSIDIES = of("BARRED_FROM_SUBSIDIES");
  /** Inspected more often. */
  public static final Consequence MORE_INSPECTIONS = of("MORE_INSPECTIONS");
  /** Priority for government funds and awards. */
  public static final Consequence PRIORITY_FOR_FUNDS = of("PRIORITY_FOR_FUNDS");
  /** Bonus points when bidding. */
  public static final Consequence BIDDING_BONUS = of("BIDDING_BONUS");
  /** Inspected less often. */
  public static final Consequence FEWER_INSPECTIONS = of("FEWER_INSPECTIONS");
  /** Published on the red list of trustworthy companies. */
  public static final Consequence RED_LIST = of("RED_LIST");

  private final Boolean favourable;

  private Consequence(String id, Label label, Boolean favourable) {
    super(id, "credit consequence", label);
    this.favourable = favourable;
  }

  /**
   * Returns a consequence named by its id alone, as a consequence rule or a criterion names it.
   *
   * @param id the id, capital letters, digits and underscores
   * @return the consequence, without a definition
   */
  public static Consequence of(String id) {
    return new Consequence(id, null, null);
  }

  /**
   * Returns a consequence as a policy defines it.
   *
   * @param id the id, capital letters, digits and underscores
   * @param label its names, not null
   * @param favourable true for a reward, false for a punishment
   * @return the defined consequence
   */
  public static Consequence define(String id, Label label, boolean favourable) {
    return new Consequence(id, Objects.requireNonNull(label, "label"), favourable);
  }

  /** Returns whether it is a reward, or null when named by id alone. @return the flag, or null */
  public Boolean favourable() {
    return favourable;
  }

  @Override
  protected List<Object> definition() {
    return List.of(id(), label(), favourable);
  }
}
