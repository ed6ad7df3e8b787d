package io.propgov.governance.subsidy;

/**
 * The facts the subsidy rules judge an application by: the application and what its estate's
 * record, the satisfaction rules and the credit rules say about its estate.
 *
 * @param application the application, never null
 * @param standing its estate's standing, never null
 * @since 0.2.0
 */
public record ApplicationCase(Application application, EstateStanding standing) {}
