package io.propgov.governance.bench;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.batch.EstateLineJudge;
import io.propgov.governance.examples.batch.NdjsonBatch;
import io.propgov.governance.json.GovernanceJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code batch} command's streaming over a generated NDJSON file of {@code estates}
 * {@linkplain EstateGenerator#compact compact} estates, in a JVM of {@code -Xmx256m}, with one
 * worker per processor: one cold run, timed whole (single shot, in seconds), JIT warm-up
 * included, as a nightly run would be. The file is written once per trial in the temporary
 * directory (about 610 bytes a line) and the results, about 3 KB a line with explanations, go
 * to a temporary file; both are deleted after. The run fails unless every line gave a result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class BatchBenchmark {

  /** Lines of the input. */
  @Param({"1000000"})
  public long estates;

  private Path in;
  private Path out;
  private NdjsonBatch batch;

  /** Writes the input. @throws IOException when the temporary directory fails */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    in = Files.createTempFile("estates", ".ndjson");
    out = Files.createTempFile("decisions", ".ndjson");
    BatchFile.write(estates, in);
    GovernanceEngine engine = GovernanceEngine.create(BenchPolicy.POLICY);
    batch = new NdjsonBatch(new EstateLineJudge(GovernanceJson.create(), engine, EstateGenerator.AS_OF,
        Locale.ENGLISH), Runtime.getRuntime().availableProcessors());
  }

  /** Deletes the files. @throws IOException when they cannot be deleted */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(in);
    Files.deleteIfExists(out);
  }

  /** @return the summary @throws IOException when the files fail */
  @Benchmark
  public NdjsonBatch.Summary batch() throws IOException {
    try (InputStream input = Files.newInputStream(in);
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      NdjsonBatch.Summary summary = batch.run(input, Files.size(in), output, null, Duration.ofSeconds(10));
      if (summary.records() != estates) {
        throw new IllegalStateException("lost lines: " + summary);
      }
      System.out.println("\n" + summary);
      return summary;
    }
  }
}
