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
  // To keep Hibernate Validator from logging its version when it starts.
  requires java.logging;

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
  exports io.propgov.governance.money;
  exports io.propgov.governance.owners;
  exports io.propgov.governance.engine;
  exports io.propgov.governance.layer;
  exports io.propgov.governance.whatif;
  exports io.propgov.governance.constraint;
  exports io.propgov.governance.validation;
  exports io.propgov.governance.contract;
  exports io.propgov.governance.mode;
  exports io.propgov.governance.workorder;

  // Hibernate Validator reads the facts types' components, the reference check of their constraints.
  opens io.propgov.governance.estate to org.hibernate.validator;
  opens io.propgov.governance.satisfaction to org.hibernate.validator;
  opens io.propgov.governance.vote to org.hibernate.validator;
  opens io.propgov.governance.org to org.hibernate.validator;
  opens io.propgov.governance.service to org.hibernate.validator;
  opens io.propgov.governance.credit to org.hibernate.validator;
  opens io.propgov.governance.subsidy to org.hibernate.validator;
  opens io.propgov.governance.money to org.hibernate.validator;
  opens io.propgov.governance.owners to org.hibernate.validator;
  opens io.propgov.governance.engine to org.hibernate.validator;
  opens io.propgov.governance.contract to org.hibernate.validator;
  opens io.propgov.governance.mode to org.hibernate.validator;
  opens io.propgov.governance.workorder to org.hibernate.validator;
}
