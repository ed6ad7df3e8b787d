package io.propgov.governance.json;

import java.util.Locale;

/**
 * Run in a JVM of its own by {@link NoLoggingProviderTests}, with no SLF4J provider: reads a
 * preset, facts and a bad document, as a host does. With the argument {@code slf4j-first} it
 * asks SLF4J for a logger before touching the SDK, as a host that logs through SLF4J itself
 * would (SLF4J then warns, as it should: the host chose SLF4J and bound nothing).
 */
final class QuietLoggingProbe {

  private QuietLoggingProbe() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("slf4j-first")) {
      org.slf4j.LoggerFactory.getLogger(QuietLoggingProbe.class);
    }
    GovernanceJson json = GovernanceJson.create();
    json.presetPolicy(GovernanceJson.DEFAULT_PRESET);
    Facts facts = json.readFacts(json.writeFacts(new Facts(java.util.List.of(Fixtures.fullEstate()))));
    try {
      json.readFacts("{\"estates\": 1}");
    } catch (io.propgov.governance.error.InvalidFactsException expected) {
      System.out.println("errors " + expected.errors().size());
    }
    System.out.println("read " + facts.estates().size() + " " + Locale.ROOT.getLanguage().isEmpty());
  }
}
