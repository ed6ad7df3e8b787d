package io.propgov.governance.engine;

import io.propgov.governance.org.HierarchyFacts;

/**
 * What the hierarchy area reports on: the facts of an organisation tree and the unit whose
 * subtree the report covers.
 *
 * @param facts the tree, its estates, matters and meetings, never null
 * @param unitId the unit reported on, never blank
 * @since 0.2.0
 */
public record UnitQuery(HierarchyFacts facts, String unitId) {}
