package io.propgov.governance.examples.cli;

import picocli.CommandLine;

/** Reports the tool's version from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"governance " + (version == null ? "(development build)" : version)};
  }
}
