package io.propgov.governance.examples.cli;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.batch.EstateLineJudge;
import io.propgov.governance.examples.batch.NdjsonBatch;
import io.propgov.governance.json.GovernanceJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: streams an NDJSON file of estates through the engine, one result line per input
 * line, in order. Exit 0 when every line was processed, error records included; 2 when the run
 * could not proceed (bad policy, unreadable input, unwritable output).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Judge an NDJSON file of estates, one estate object per line, and write one result per line,"
        + " in input order: the decision, or an error record (line, JSON Pointer, code, message) for a line"
        + " that is empty, not JSON or invalid.",
        "Progress goes to stderr while the run lasts, a summary to stdout at the end."})
final class BatchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id (cn-default, wuhan-4, handan-4, chuxiong-3, chuxiong-5) or a policy file"
          + " (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--in", paramLabel = "FILE", required = true,
      description = "The estates, one JSON object per line (UTF-8); - for standard input.")
  private String in;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where the results go, one per line.")
  private Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads (default: one per processor).")
  private int threads;

  @Option(names = "--as-of", paramLabel = "D", description = "The date of the decisions, YYYY-MM-DD, or today"
      + " (today's date in --zone); required: the command never takes today's date unasked.")
  private String asOf;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "With --as-of today: the time zone whose date is today's (default: " + Options.DEFAULT_ZONE
          + "); the output records it.")
  private String zone;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "en or zh: the language of the explanations (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--progress", paramLabel = "SECONDS", defaultValue = "2",
      description = "Seconds between progress lines on stderr; 0 for none (default: ${DEFAULT-VALUE}).")
  private int progressSeconds;

  @Override
  public Integer call() {
    Locale locale = Options.locale(lang);
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    if (threads < 0) {
      throw new GovernanceCli.UsageError("--threads must be at least 1, was " + threads);
    }
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, policy, Path.of("")));
    LocalDate date = Options.asOf(asOf, zone, java.util.Optional.empty(), false).date();
    NdjsonBatch batch = new NdjsonBatch(new EstateLineJudge(json, engine, date, locale), workers);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter progress = progressSeconds > 0 ? err : null;
    NdjsonBatch.Summary summary;
    try (InputStream input = open(in); OutputStream output = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      long size = "-".equals(in) ? -1 : Files.size(Path.of(in));
      summary = batch.run(input, size, output, progress, Duration.ofSeconds(Math.max(1, progressSeconds)));
    } catch (NoSuchFileException e) {
      throw new GovernanceCli.UsageError("cannot open " + e.getFile() + ": no such file");
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot run the batch: " + e);
    } catch (UncheckedIOException e) {
      throw new GovernanceCli.UsageError(e.getMessage());
    }
    spec.commandLine().getOut().println("batch: " + summary + " -> " + out);
    return 0;
  }

  private static InputStream open(String in) throws IOException {
    return "-".equals(in) ? System.in : Files.newInputStream(Path.of(in));
  }
}
