/**
 * The Property Governance SDK core: policies as data, rules, the engine and explained
 * decisions.
 *
 * <p>Immutables generates the facts types' builders at compile time (nothing of it is needed at
 * run time); vavr carries every error at once ({@code Validation}) and outcomes ({@code Either});
 * the facts types declare their field constraints as Jakarta Bean Validation annotations, which
 * Hibernate Validator checks as the reference.
 */
module io.propgov.governance.core {
  requires static org.immutables.value.annotations;
  requires transitive io.vavr;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports io.propgov.governance.area;
  exports io.propgov.governance.policy;
  exports io.propgov.governance.explain;
  exports io.propgov.governance.error;
  exports io.propgov.governance.estate;
  exports io.propgov.governance.satisfaction;
  exports io.propgov.governance.vote;
  exports io.propgov.governance.org;
  exports io.propgov.governance.metrics;
  exports io.propgov.governance.service;
  exports io.propgov.governance.credit;
  exports io.propgov.governance.subsidy;
  exports io.propgov.governance.engine;
  exports io.propgov.governance.layer;
  exports io.propgov.governance.whatif;
}
