package io.propgov.governance.examples.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams NDJSON through a {@link LineJudge}: N lines in, N lines out, in input order, a bad line
 * giving an error record in its place. A line ends only at {@code \n} ({@code \r\n} is one end, a
 * bare {@code \r} is part of the line); a UTF-8 byte order mark at the start is skipped. A line
 * that is not UTF-8, escapes a lone surrogate or is longer than the maximum gives an error record;
 * nothing is ever replaced.
 *
 * <p>Memory is bounded by bytes, not lines: a reader thread cuts the input into chunks of lines, a
 * pool of workers judges them, and this thread writes the chunks in order. The reader keeps at
 * most the maximum line length of any line (the rest of a longer line is read past, not kept), and
 * waits while a few chunks per worker, or twice the maximum line length of input, are in flight.
 * Each line's result depends on that line alone, so any number of threads writes the same bytes.
 * A failure of any thread, running out of memory included, ends the run with {@link Failure}.
 * Not reentrant: one {@link #run} at a time per instance.
 *
 * @since 0.1.0
 */
public final class NdjsonBatch {

  /** Lines per chunk: large enough to make hand-offs rare, small enough to keep memory low. */
  static final int CHUNK_LINES = 256;
  /**
   * The most worker threads: the work is bound to the processors, and each thread keeps chunks in
   * flight, so more threads than this only cost memory.
   */
  public static final int MAX_THREADS = 64;
  /**
   * The default maximum line length in bytes, 16 MiB: thousands of times a usual estate line
   * (about 0.6 KB), and small enough that two such lines being judged at once fit in a 256 MB heap.
   */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 << 20;
  /** The largest maximum line length allowed, 1 GiB, so that a chunk's bytes fit in one array. */
  public static final int MOST_MAX_LINE_BYTES = 1 << 30;

  private final LineJudge judge;
  private final int threads;
  private final int maxLineBytes;
  private final byte[] lineEnd;

  /**
   * Prepares a batch with the default maximum line length.
   *
   * @param judge what each line becomes, not null
   * @param threads the worker threads, from 1 to {@link #MAX_THREADS}
   */
  public NdjsonBatch(LineJudge judge, int threads) {
    this(judge, threads, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Prepares a batch.
   *
   * @param judge what each line becomes, not null
   * @param threads the worker threads, from 1 to {@link #MAX_THREADS}
   * @param maxLineBytes the longest line judged, in bytes, its line end excluded, from 1 to
   *     {@link #MOST_MAX_LINE_BYTES}; a longer line gives an error record with code {@code limit}
   * @since 0.1.0
   */
  public NdjsonBatch(LineJudge judge, int threads, int maxLineBytes) {
    this(judge, threads, maxLineBytes, "\n");
  }

  /**
   * Prepares a batch whose output lines end otherwise than with {@code \n}: CSV records end with
   * {@code \r\n}.
   *
   * @param judge what each line becomes, not null
   * @param threads the worker threads, from 1 to {@link #MAX_THREADS}
   * @param maxLineBytes the longest line judged, in bytes, as for {@link #NdjsonBatch(LineJudge, int, int)}
   * @param lineEnd what ends each output line: {@code \n} or {@code \r\n}
   * @since 0.2.0
   */
  public NdjsonBatch(LineJudge judge, int threads, int maxLineBytes, String lineEnd) {
    if (!"\n".equals(lineEnd) && !"\r\n".equals(lineEnd)) {
      throw new IllegalArgumentException("lineEnd must be \\n or \\r\\n");
    }
    this.lineEnd = lineEnd.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    this.judge = Objects.requireNonNull(judge, "judge");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", was " + threads);
    }
    if (maxLineBytes < 1 || maxLineBytes > MOST_MAX_LINE_BYTES) {
      throw new IllegalArgumentException("maxLineBytes must be from 1 to " + MOST_MAX_LINE_BYTES + ", was "
          + maxLineBytes);
    }
    this.threads = threads;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * A run that could not finish because a thread failed: it ran out of memory, or a judge or the
   * machinery broke. The output is incomplete.
   *
   * @since 0.1.0
   */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String where;

    /**
     * Describes a failure.
     *
     * @param where what the run was doing, such as {@code judging lines 257 to 512}
     * @param cause what failed, not null
     */
    Failure(String where, Throwable cause) {
      super(where + ": " + cause, cause);
      this.where = where;
    }

    /** Returns what the run was doing when it failed. @return such as {@code judging lines 257 to 512} */
    public String where() {
      return where;
    }

    /** Returns whether the run ran out of memory. @return true when it did */
    public boolean outOfMemory() {
      return getCause() instanceof OutOfMemoryError;
    }
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

  /**
   * A buffer's capacity for judged lines: under half a region of the collector of a small heap (1 MB), so that no buffer is a
   * humongous object, whose every allocation starts a marking cycle.
   */
  static final int PART_CAPACITY = 448 * 1024;
  /** How full a buffer may get before the next line starts a new one, leaving room for a line. */
  static final int PART_FULL = 384 * 1024;

  /** The outputs of a chunk: their lines' UTF-8 bytes, each line ended by the line end, in order. */
  private record Judged(List<ByteArrayOutputStream> parts, int lines, int errors, long endByte, int permits) {}

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
   * @throws Failure when a thread of the run failed, out of memory or otherwise
   */
  public Summary run(InputStream in, long inputSize, OutputStream out, PrintWriter progress, Duration every) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    long start = System.nanoTime();
    AtomicLong written = new AtomicLong();
    AtomicLong bytesDone = new AtomicLong();
    BlockingQueue<Future<Judged>> queue = new ArrayBlockingQueue<>(threads * 2 + 2);
    // Bytes of input in flight: two of the longest lines, so that big lines wait rather than pile up.
    int budget = (int) Math.min(Integer.MAX_VALUE, Math.max(2L * maxLineBytes, 2L * PART_CAPACITY));
    Semaphore inFlight = new Semaphore(budget);
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
      Future<?> reading = reader.submit(() -> read(in, queue, workers, inFlight, budget));
      long decisions = 0;
      long errors = 0;
      try {
        for (Future<Judged> next = next(queue, reading); ; next = next(queue, reading)) {
          Judged judged = next.get();
          if (judged == null) {
            break; // the end of the input
          }
          for (ByteArrayOutputStream part : judged.parts()) {
            part.writeTo(out);
          }
          inFlight.release(judged.permits());
          errors += judged.errors();
          decisions += judged.lines() - judged.errors();
          written.addAndGet(judged.lines());
          bytesDone.set(judged.endByte());
        }
        out.flush();
        reading.get();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the results: " + e.getMessage(), e);
      }
      return new Summary(decisions + errors, decisions, errors, Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("the batch was interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io;
      }
      throw cause instanceof Failure f ? f : new Failure("the batch failed", cause);
    } catch (OutOfMemoryError e) {
      throw new Failure("writing the results", e);
    } finally {
      reader.shutdownNow();
      workers.shutdownNow();
      if (reporter != null) {
        reporter.shutdownNow();
      }
    }
  }

  /**
   * The next chunk's result. The reader puts a failed result on the queue when it fails; should
   * it die before it can (out of memory), its own end is noticed here within a tenth of a second.
   */
  private static Future<Judged> next(BlockingQueue<Future<Judged>> queue, Future<?> reading)
      throws InterruptedException, ExecutionException {
    while (true) {
      Future<Judged> next = queue.poll(100, TimeUnit.MILLISECONDS);
      if (next != null) {
        return next;
      }
      if (reading.isDone()) {
        next = queue.poll();
        if (next != null) {
          return next;
        }
        reading.get(); // throws the reader's failure
        throw new ExecutionException(new IllegalStateException("the reader ended without marking the end"));
      }
    }
  }

  /** Reads the input in chunks, handing each to the workers; a null result marks the end. */
  private Void read(InputStream in, BlockingQueue<Future<Judged>> queue, ExecutorService workers, Semaphore inFlight,
      int budget) throws InterruptedException {
    LineSplitter splitter = new LineSplitter(in, maxLineBytes, CHUNK_LINES, PART_FULL, PART_CAPACITY);
    try {
      splitter.split(chunk -> {
        int permits = Math.min(chunk.size, budget);
        inFlight.acquire(permits);
        queue.put(workers.submit(() -> judge(chunk, permits)));
      });
    } catch (IOException e) {
      queue.put(failed(new UncheckedIOException("cannot read the input: " + e.getMessage(), e)));
      return null;
    } catch (RuntimeException | Error e) {
      queue.put(failed(new Failure("reading line " + (splitter.linesDone() + 1), e)));
      return null;
    }
    queue.put(CompletableFuture.completedFuture(null));
    return null;
  }

  private static Future<Judged> failed(RuntimeException e) {
    CompletableFuture<Judged> failed = new CompletableFuture<>();
    failed.completeExceptionally(e);
    return failed;
  }

  /** Judges a chunk's lines into buffers of bytes, straight as they will be written. */
  private Judged judge(Chunk chunk, int permits) {
    try {
      LineText text = new LineText();
      List<ByteArrayOutputStream> parts = new ArrayList<>(4);
      ByteArrayOutputStream part = new ByteArrayOutputStream(PART_CAPACITY);
      parts.add(part);
      int errors = 0;
      for (int i = 0; i < chunk.lines; i++) {
        if (part.size() > PART_FULL) {
          part = new ByteArrayOutputStream(PART_CAPACITY);
          parts.add(part);
        }
        long number = chunk.firstLine + i;
        long tooLong = chunk.tooLong(i);
        String line = tooLong > 0 ? null : text.decode(chunk.data, chunk.start(i), chunk.ends[i]);
        if (tooLong > 0) {
          judge.reject(number, "limit", String.format(java.util.Locale.ROOT, "the line is %,d bytes long, longer than"
              + " the maximum of %,d bytes (--max-line-bytes); it was skipped, not judged", tooLong, maxLineBytes), part);
          errors++;
        } else if (line == null) {
          judge.reject(number, "encoding", text.problem(), part);
          errors++;
        } else {
          errors += judge.judge(number, line, part) ? 1 : 0;
        }
        part.writeBytes(lineEnd);
      }
      return new Judged(parts, chunk.lines, errors, chunk.endByte, permits);
    } catch (RuntimeException | Error e) {
      long last = chunk.firstLine + chunk.lines - 1;
      throw new Failure(last == chunk.firstLine ? "judging line " + last : "judging lines " + chunk.firstLine + " to " + last,
          e);
    }
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
}
