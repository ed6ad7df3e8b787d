package io.propgov.governance.service;

/**
 * The facts of one estate that the service rules judge: what its property service delivers and
 * how it is run now.
 *
 * @param estateId the estate's id, never blank
 * @param currentMode how its service is run now, or null when not known
 * @param profile what its service delivers, never null
 * @since 0.2.0
 */
public record ServiceCase(String estateId, ServiceMode currentMode, ServiceProfile profile) {}
