package io.propgov.governance.estate;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.vote.OwnersVote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A residential estate (小区) with the facts the rules judge: its property company, its
 * satisfaction survey rounds and owners' votes, and where it sits in the organisation tree with
 * the figures the city's four rates are built from.
 *
 * @param id the estate's id, never blank
 * @param name the estate's name, never null (may be empty)
 * @param company the property company serving it, or null when none does
 * @param surveyRounds its satisfaction survey rounds, in any order, never null
 * @param votes its owners' votes, in any order, never null
 * @param unitId the organisation unit the estate is attached to, or null when not placed in a tree
 * @param households its households, 0 when not known
 * @param serviceMode how its property service is run, or null when not known
 * @param fees the fees billed and collected, or null when not known
 * @param committee its owners' or property management committee, or null when it has none
 * @param service what its property service delivers, for the service rules, or null when not known
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record Estate(@NotNull @NotBlankText String id, String name, @Valid PropertyCompany company,
    List<@NotNull @Valid SurveyRound> surveyRounds, List<@NotNull @Valid OwnersVote> votes,
    @NotBlankText String unitId, @Min(0) int households, ServiceMode serviceMode, @Valid FeeAccount fees,
    @Valid Committee committee, @Valid ServiceProfile service) implements WithEstate {

  /**
   * Normalises: a null name becomes empty, null lists empty, lists copied. Checks nothing: the
   * field constraints are checked by {@code FactsConstraints}.
   */
  public Estate {
    name = name == null ? "" : name;
    surveyRounds = FactsLists.copy(surveyRounds);
    votes = FactsLists.copy(votes);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static EstateBuilder builder() {
    return new EstateBuilder();
  }

  /**
   * Creates an estate that is not placed in an organisation tree: the facts the satisfaction
   * and vote rules need.
   *
   * @param id the estate's id, never blank
   * @param name the estate's name
   * @param company the property company serving it, or null
   * @param surveyRounds its survey rounds
   * @param votes its owners' votes
   */
  public Estate(String id, String name, PropertyCompany company, List<SurveyRound> surveyRounds,
      List<OwnersVote> votes) {
    this(id, name, company, surveyRounds, votes, null, 0, null, null, null, null);
  }

  /**
   * Creates an estate placed in an organisation tree, without service facts.
   *
   * @param id the estate's id, never blank
   * @param name the estate's name
   * @param company the property company serving it, or null
   * @param surveyRounds its survey rounds
   * @param votes its owners' votes
   * @param unitId the unit it is attached to, or null
   * @param households its households, 0 when not known
   * @param serviceMode how its service is run, or null
   * @param fees the fees billed and collected, or null
   * @param committee its committee, or null
   */
  public Estate(String id, String name, PropertyCompany company, List<SurveyRound> surveyRounds,
      List<OwnersVote> votes, String unitId, int households, ServiceMode serviceMode, FeeAccount fees,
      Committee committee) {
    this(id, name, company, surveyRounds, votes, unitId, households, serviceMode, fees, committee, null);
  }

  /** Returns the service facts. @return the profile, empty when not known */
  public Optional<ServiceProfile> serviceProfile() {
    return Optional.ofNullable(service);
  }

  /** Returns the unit the estate is attached to. @return the unit id, empty when not placed */
  public Optional<String> unit() {
    return Optional.ofNullable(unitId);
  }
}
