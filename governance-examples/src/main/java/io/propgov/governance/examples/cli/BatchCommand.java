package io.propgov.governance.examples.cli;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.batch.CsvLineJudge;
import io.propgov.governance.examples.batch.EstateLineJudge;
import io.propgov.governance.examples.batch.NdjsonBatch;
import io.propgov.governance.examples.report.Csv;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: streams an NDJSON file of estates through the engine, one result line per input
 * line, in order. Exit 0 when every line was processed, error records included; 2 when the run
 * could not start or proceed (bad options or policy, unreadable input, unwritable output, the
 * output naming the input); 3 when the run failed (out of memory, a broken thread). A file named
 * by {@code --out} is replaced only by a complete run.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Judge an NDJSON file of estates, one estate object per line, and write one result per line,"
        + " in input order: the decision, or an error record (line, JSON Pointer, code, message) for a line"
        + " that is empty, not JSON, invalid, not UTF-8 or longer than --max-line-bytes.",
        "Lines end at \\n (\\r\\n is one line end). The results go to a temporary file beside --out, renamed into"
            + " place only when the run completes: a failed run leaves an earlier file as it was.",
        "Progress goes to stderr while the run lasts, a summary to stdout at the end (to stderr with --out -).",
        "Exit codes: 0 every line processed (error records included); 2 the run could not start or proceed;"
            + " 3 the run failed (out of memory, internal error)."})
final class BatchCommand implements Callable<Integer> {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*([KMG]?)(?:i?B)?", Pattern.CASE_INSENSITIVE);

  @Spec
  private CommandSpec spec;

  @Option(names = "--policy", paramLabel = "P", defaultValue = Presets.DEFAULT,
      description = "A preset id (cn-default, wuhan-4, handan-4, chuxiong-3, chuxiong-5) or a policy file"
          + " (default: ${DEFAULT-VALUE}).")
  private String policy;

  @Option(names = "--in", paramLabel = "FILE", required = true,
      description = "The estates, one JSON object per line (UTF-8); - for standard input.")
  private String in;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "Where the results go, one per line; - for standard output. Must not be the input file.")
  private String out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads, 1 to " + NdjsonBatch.MAX_THREADS + " (default: one per processor, at most "
          + NdjsonBatch.MAX_THREADS + ").")
  private int threads;

  @Option(names = "--max-line-bytes", paramLabel = "SIZE", defaultValue = "16M",
      description = "The longest line judged, in bytes, with K, M or G for KiB, MiB or GiB; a longer line gives an"
          + " error record (code limit) and is skipped unread (default: ${DEFAULT-VALUE}, at most 1G).")
  private String maxLineBytes;

  @Mixin
  private AsOfOptions dateOptions;


  @Mixin
  private LangOption language;

  /** What each output line is. */
  enum Format { json, csv }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (one result object per line, NDJSON) or csv (a heading, then one summary row per input line,"
          + " its number first; UTF-8 with a byte order mark for Excel, CRLF line ends) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--progress", paramLabel = "SECONDS", defaultValue = "2",
      description = "Seconds between progress lines on stderr; 0 for none (default: ${DEFAULT-VALUE}).")
  private int progressSeconds;

  @Override
  public Integer call() {
    if (threads < 0 || threads > NdjsonBatch.MAX_THREADS) {
      throw new GovernanceCli.UsageError("--threads must be from 1 to " + NdjsonBatch.MAX_THREADS
          + " (0 for one per processor), was " + threads);
    }
    int workers = threads > 0 ? threads : Math.min(Runtime.getRuntime().availableProcessors(), NdjsonBatch.MAX_THREADS);
    int maxLine = size(maxLineBytes);
    Locale locale = language.locale();
    Path input = "-".equals(in) ? null : Path.of(in);
    Path output = "-".equals(out) ? null : Path.of(out);
    check(input, output);
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, policy, Path.of("")));
    LocalDate date = dateOptions.resolve().date();
    NdjsonBatch batch = format == Format.csv
        ? new NdjsonBatch(new CsvLineJudge(json, engine, date, locale), workers, maxLine, Csv.LINE_END)
        : new NdjsonBatch(new EstateLineJudge(json, engine, date, locale), workers, maxLine);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter progress = progressSeconds > 0 ? err : null;
    NdjsonBatch.Summary summary;
    String target;
    try (InputStream source = input == null ? System.in : Files.newInputStream(input);
        BatchOutput results = output == null ? BatchOutput.standardOutput() : BatchOutput.file(output)) {
      spec.commandLine().getOut().flush();
      long size = input == null ? -1 : Files.size(input);
      if (format == Format.csv) {
        results.stream().write(CsvLineJudge.heading(locale).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      summary = batch.run(source, size, results.stream(), progress, Duration.ofSeconds(Math.max(1, progressSeconds)));
      results.commit();
      target = results.name();
    } catch (NoSuchFileException e) {
      throw new GovernanceCli.UsageError("cannot open " + e.getFile() + ": no such file");
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot run the batch: " + e);
    } catch (UncheckedIOException e) {
      throw new GovernanceCli.UsageError(e.getMessage());
    } catch (NdjsonBatch.Failure e) {
      err.println("error: " + failure(" " + e.where(), e.getCause(), output));
      return GovernanceCli.INTERNAL;
    } catch (OutOfMemoryError e) {
      err.println("error: " + failure("", e, output));
      return GovernanceCli.INTERNAL;
    }
    (output == null ? err : spec.commandLine().getOut()).println("batch: " + summary + " -> " + target);
    return 0;
  }

  /** Refuses, before anything is opened for writing, an input that is missing and an output that would destroy it. */
  static void check(Path input, Path output) {
    if (input != null && !Files.exists(input)) {
      throw new GovernanceCli.UsageError("cannot open " + input + ": no such file");
    }
    if (input != null && Files.isDirectory(input)) {
      throw new GovernanceCli.UsageError("cannot read " + input + ": it is a folder, not a file");
    }
    if (output == null) {
      return;
    }
    if (Files.isDirectory(output)) {
      throw new GovernanceCli.UsageError("cannot write " + output + ": it is a folder; --out names a file");
    }
    if (Files.exists(output) && !Files.isWritable(output)) {
      throw new GovernanceCli.UsageError("cannot write " + output + ": the file is read-only");
    }
    Path folder = output.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new GovernanceCli.UsageError("cannot write " + output + ": no such folder " + folder);
    }
    try {
      if (input != null && Files.exists(output) && Files.isSameFile(input, output)) {
        throw new GovernanceCli.UsageError("--out " + output + " is the same file as --in " + input
            + ": the batch would destroy its input; write the results to another file");
      }
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot compare --in and --out: " + e.getMessage());
    }
  }

  /** One line for the user: what failed and, out of memory, what to do about it. */
  private static String failure(String where, Throwable cause, Path output) {
    String left = output == null ? "the results on standard output are incomplete"
        : "the results were not written to " + output + " (a file already there is left as it was)";
    if (cause instanceof OutOfMemoryError) {
      return "the batch ran out of memory (" + cause.getMessage() + ")" + where + " and stopped; " + left
          + ". Give Java more memory (java -Xmx...), or lower --threads or --max-line-bytes";
    }
    return "the batch failed" + where + " and stopped; " + left + ": " + cause + " (please report it)";
  }

  /** Parses {@code --max-line-bytes}: bytes, or KiB, MiB or GiB with K, M or G. */
  static int size(String text) {
    Matcher m = SIZE.matcher(text.trim());
    long value = m.matches() ? Long.parseLong(m.group(1)) << switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      default -> 0;
    } : -1;
    if (value < 1 || value > NdjsonBatch.MOST_MAX_LINE_BYTES) {
      throw new GovernanceCli.UsageError("--max-line-bytes must be a size from 1 to 1G (bytes, or with K, M or G"
          + " for KiB, MiB or GiB), was '" + text + "'");
    }
    return (int) value;
  }
}
