/**
 * The Property Governance SDK core: policies as data, rules, the engine and explained
 * decisions. No runtime dependencies.
 */
module io.propgov.governance.core {
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
