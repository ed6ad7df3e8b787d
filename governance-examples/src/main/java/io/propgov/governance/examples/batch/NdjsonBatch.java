package io.propgov.governance.examples.batch;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams NDJSON through a {@link LineJudge}: N lines in, N lines out, in input order, a bad line
 * giving an error record in its place. Memory stays flat however large the input: a reader
 * thread cuts the input into chunks of lines, a pool of workers judges them, and this thread
 * writes the chunks in order; at most a few chunks per worker are in flight, since the reader
 * waits on a bounded queue. Each line's result depends on that line alone, so any number of
 * threads writes the same bytes. Not reentrant: one {@link #run} at a time per instance.
 *
 * @since 0.1.0
 */
public final class NdjsonBatch {

  /** Lines per chunk: large enough to make hand-offs rare, small enough to keep memory low. */
  static final int CHUNK_LINES = 256;

  private final LineJudge judge;
  private final int threads;

  /**
   * Prepares a batch.
   *
   * @param judge what each line becomes, not null
   * @param threads the worker threads, at least 1
   */
  public NdjsonBatch(LineJudge judge, int threads) {
    this.judge = Objects.requireNonNull(judge, "judge");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /**
   * The counts of a finished run.
   *
   * @param records the lines read, each with one output line
   * @param decisions the lines judged
   * @param errors the lines that gave an error record
   * @param elapsed the wall time of the run, never null
   * @since 0.1.0
   */
  public record Summary(long records, long decisions, long errors, Duration elapsed) {

    /** Returns the records per second. @return the rate, 0 for an instant run */
    public double rate() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : records / seconds;
    }

    /** Returns one line for people, such as {@code 1,000 records: 990 decisions, 10 errors in 0.4 s (2,500 records/s)}. */
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%,d records: %,d decisions, %,d errors in %.1f s (%,.0f records/s)",
          records, decisions, errors, elapsed.toNanos() / 1e9, rate());
    }
  }

  /** A run of consecutive lines and, once judged, their outputs. */
  private record Chunk(long firstLine, List<String> lines, long endByte) {}

  /**
   * A buffer's capacity for judged lines: under half a region of the collector of a small heap (1 MB), so that no buffer is a
   * humongous object, whose every allocation starts a marking cycle.
   */
  static final int PART_CAPACITY = 448 * 1024;
  /** How full a buffer may get before the next line starts a new one, leaving room for a line. */
  static final int PART_FULL = 384 * 1024;

  /** The outputs of a chunk: their lines' UTF-8 bytes, each line ended by {@code \n}, in order. */
  private record Judged(List<ByteArrayOutputStream> parts, int lines, int errors, long endByte) {}

  /**
   * Runs the batch. Neither stream is closed; the output is flushed.
   *
   * @param in the NDJSON input, UTF-8, not null
   * @param inputSize the input's size in bytes for the percentage of progress, or -1 when unknown
   * @param out where the results go, one line each, UTF-8, not null
   * @param progress where progress is reported while the run lasts, or null for none
   * @param every how often progress is reported, positive
   * @return the counts, never null
   * @throws UncheckedIOException when the input cannot be read or the output written: the run
   *     could not proceed
   */
  public Summary run(InputStream in, long inputSize, OutputStream out, PrintWriter progress, Duration every) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    long start = System.nanoTime();
    Counting counting = new Counting(in);
    AtomicLong written = new AtomicLong();
    AtomicLong bytesDone = new AtomicLong();
    BlockingQueue<Future<Judged>> queue = new ArrayBlockingQueue<>(threads * 2 + 2);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("batch-worker"));
    ExecutorService reader = Executors.newSingleThreadExecutor(daemon("batch-reader"));
    ScheduledExecutorService reporter = progress == null ? null
        : Executors.newSingleThreadScheduledExecutor(daemon("batch-progress"));
    if (reporter != null) {
      long millis = Math.max(1, every.toMillis());
      reporter.scheduleAtFixedRate(() -> report(progress, start, written.get(), bytesDone.get(), inputSize),
          millis, millis, TimeUnit.MILLISECONDS);
    }
    try {
      Future<?> reading = reader.submit(() -> read(counting, queue, workers));
      long decisions = 0;
      long errors = 0;
      try {
        while (true) {
          Judged judged = queue.take().get();
          if (judged == null) {
            break; // the end of the input
          }
          for (ByteArrayOutputStream part : judged.parts()) {
            part.writeTo(out);
          }
          errors += judged.errors();
          decisions += judged.lines() - judged.errors();
          written.addAndGet(judged.lines());
          bytesDone.set(judged.endByte());
        }
        out.flush();
        reading.get();
      } catch (IOException e) {
        reading.cancel(true);
        throw new UncheckedIOException("cannot write the results: " + e.getMessage(), e);
      }
      return new Summary(decisions + errors, decisions, errors, Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("the batch was interrupted"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw new IllegalStateException("the batch failed", e.getCause());
    } finally {
      reader.shutdownNow();
      workers.shutdownNow();
      if (reporter != null) {
        reporter.shutdownNow();
      }
    }
  }

  /** Reads the input in chunks, handing each to the workers; a null result marks the end. */
  private Void read(Counting in, BlockingQueue<Future<Judged>> queue, ExecutorService workers)
      throws InterruptedException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    try {
      long next = 1;
      while (true) {
        List<String> chunk = new ArrayList<>(CHUNK_LINES);
        String line;
        while (chunk.size() < CHUNK_LINES && (line = lines.readLine()) != null) {
          chunk.add(line);
        }
        if (chunk.isEmpty()) {
          break;
        }
        Chunk c = new Chunk(next, chunk, in.count());
        next += chunk.size();
        queue.put(workers.submit(() -> judge(c)));
      }
    } catch (IOException e) {
      CompletableFuture<Judged> failed = new CompletableFuture<>();
      failed.completeExceptionally(new UncheckedIOException("cannot read the input: " + e.getMessage(), e));
      queue.put(failed);
      return null;
    }
    queue.put(CompletableFuture.completedFuture(null));
    return null;
  }

  /** Judges a chunk's lines into buffers of bytes, straight as they will be written. */
  private Judged judge(Chunk chunk) {
    int lines = chunk.lines().size();
    List<ByteArrayOutputStream> parts = new ArrayList<>(4);
    ByteArrayOutputStream part = new ByteArrayOutputStream(PART_CAPACITY);
    parts.add(part);
    int errors = 0;
    for (int i = 0; i < lines; i++) {
      if (part.size() > PART_FULL) {
        part = new ByteArrayOutputStream(PART_CAPACITY);
        parts.add(part);
      }
      errors += judge.judge(chunk.firstLine() + i, chunk.lines().get(i), part) ? 1 : 0;
      part.write('\n');
    }
    return new Judged(parts, lines, errors, chunk.endByte());
  }

  private static void report(PrintWriter progress, long start, long records, long bytes, long size) {
    double seconds = (System.nanoTime() - start) / 1e9;
    String percent = size > 0 ? String.format(java.util.Locale.ROOT, ", %.0f%%", Math.min(100.0, 100.0 * bytes / size)) : "";
    progress.printf(java.util.Locale.ROOT, "batch: %,d records, %,.0f records/s, %.1f s elapsed%s%n", records,
        seconds > 0 ? records / seconds : 0, seconds, percent);
    progress.flush();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong count = new AtomicLong();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Counts the bytes read, for the percentage of progress. */
  private static final class Counting extends FilterInputStream {

    private final AtomicLong count = new AtomicLong();

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count.get();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
