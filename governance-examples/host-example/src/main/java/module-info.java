/** A host application of the Property Governance SDK, as a named module. */
module io.propgov.hostexample {
  requires io.propgov.governance.core;
  requires io.propgov.governance.json;
}
