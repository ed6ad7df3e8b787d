/**
 * The JSON adapter of the Property Governance SDK: reads policies and facts, validated against
 * the shipped JSON Schemas with every error located by a JSON Pointer, and writes decisions.
 *
 * <p>Only {@code io.propgov.governance.json} is exported. Nothing is opened: Jackson never
 * reflects on this module's classes (documents are read as trees and bound by package-private
 * code), so no package needs {@code opens}.
 */
module io.propgov.governance.json {
  // The API speaks in core types (GovernancePolicy, Decision, Estate, InputError...).
  requires transitive io.propgov.governance.core;
  // GovernanceModule is a Jackson Module a host registers on its own ObjectMapper, and
  // InputLimits speaks of Jackson's JsonFactory: a host reading this module reads Jackson.
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  // json-schema-validator 2.x is a named module (META-INF/versions/9/module-info.class of a
  // multi-release jar); it requires org.slf4j itself. Its optional (requires static) modules
  // are not needed: com.ethlo.time serves only format "date-time" and the YAML module only YAML
  // input, neither of which this module uses.
  requires com.networknt.schema;
  // Only to keep SLF4J quiet for a host without a logging provider (QuietLogging): it looks for
  // providers as SLF4J does.
  requires org.slf4j;
  uses org.slf4j.spi.SLF4JServiceProvider;

  exports io.propgov.governance.json;
}
