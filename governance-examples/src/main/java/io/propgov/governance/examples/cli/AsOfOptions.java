package io.propgov.governance.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --as-of} and {@code --zone} options of the commands that judge on a date, read the
 * same way by each ({@link Options#asOf(String, String, Optional, boolean)}).
 */
final class AsOfOptions {

  @Option(names = "--as-of", paramLabel = "D",
      description = "The date the decisions speak for: YYYY-MM-DD, or today (today's date in --zone); where the"
          + " command reads facts, the default is their asOf. Without a date the command stops: it never takes"
          + " today's date unasked.")
  private String asOf;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "With --as-of today: the time zone whose date is today's (default: " + Options.DEFAULT_ZONE
          + "); the output records it.")
  private String zone;

  /** The date, for a command that reads facts which may give it. */
  Options.AsOf resolve(Optional<LocalDate> fromFacts) {
    return Options.asOf(asOf, zone, fromFacts, true);
  }

  /** The date, for a command that reads no facts (or none that could give it). */
  Options.AsOf resolve() {
    return Options.asOf(asOf, zone, Optional.empty(), false);
  }
}
