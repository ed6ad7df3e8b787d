package io.propgov.governance.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts a byte stream into lines and the lines into {@link Chunk}s. A line ends only at
 * {@code \n}; a {@code \r} right before it belongs to the line end ({@code \r\n} is one end), any
 * other {@code \r} stays in the line (JSON reads it as white space). The last line needs no line
 * end. A UTF-8 byte order mark at the very start is skipped. Bytes are not decoded here: the
 * workers do that, each line on its own, so a bad byte spoils one line only.
 *
 * <p>A line longer than the maximum is kept only up to the maximum; then the rest of it is
 * skipped, counted but not kept, and the chunk holds its length instead of its bytes.
 */
final class LineSplitter {

  /** Receives each complete chunk, in input order. */
  @FunctionalInterface
  interface Sink {
    void accept(Chunk chunk) throws InterruptedException;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final int MIN_CAPACITY = 16 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final int chunkLines;
  private final int chunkBytes;
  private final int chunkCapacity;
  private final byte[] buffer = new byte[1 << 16];

  private long bytesRead;
  private Chunk chunk;
  /** Where the current line starts in the chunk. */
  private int lineStart;
  /** The current line's bytes so far, kept or not. */
  private long lineLength;
  /** The current line's last byte so far, to tell a {@code \r\n} line end. */
  private byte lastByte;
  /** Whether the current line is past the maximum, so that its bytes are no longer kept. */
  private boolean skipping;

  /**
   * Prepares a splitter.
   *
   * @param in the input, read to its end, not closed
   * @param maxLineBytes the longest line kept, in bytes, line end excluded
   * @param chunkLines the most lines in a chunk
   * @param chunkBytes a chunk is complete once it holds this many bytes
   * @param chunkCapacity the most bytes a new chunk can hold before it grows
   */
  LineSplitter(InputStream in, int maxLineBytes, int chunkLines, int chunkBytes, int chunkCapacity) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.chunkLines = chunkLines;
    this.chunkBytes = chunkBytes;
    this.chunkCapacity = chunkCapacity;
  }

  /** The lines ended so far. Read by the reader thread only. */
  long linesDone() {
    return chunk == null ? 0 : chunk.firstLine + chunk.lines - 1;
  }

  /**
   * Reads the whole input, handing each chunk to the sink.
   *
   * @param sink where the chunks go, in order
   * @throws IOException when the input cannot be read
   * @throws InterruptedException when the sink was interrupted
   */
  void split(Sink sink) throws IOException, InterruptedException {
    chunk = new Chunk(1, chunkCapacity, chunkLines);
    int n = in.readNBytes(buffer, 0, 3);
    bytesRead += n;
    boolean bom = n == 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF;
    scan(bom ? 3 : 0, n, sink);
    while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
      bytesRead += n;
      scan(0, n, sink);
    }
    if (lineLength > 0) {
      endLine(false, sink);
    }
    if (chunk.lines > 0) {
      chunk.endByte = bytesRead;
      sink.accept(chunk);
    }
  }

  private void scan(int from, int to, Sink sink) throws InterruptedException {
    int i = from;
    while (i < to) {
      int newline = indexOfNewline(buffer, i, to);
      int end = newline < 0 ? to : newline;
      append(i, end);
      if (newline < 0) {
        return;
      }
      endLine(true, sink);
      i = newline + 1;
    }
  }

  /** Adds bytes to the current line, or only counts them once it is over-long. */
  private void append(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    lineLength += n;
    lastByte = buffer[to - 1];
    if (skipping) {
      return;
    }
    // One byte of room past the maximum, for the \r of a \r\n line end.
    if (lineLength > maxLineBytes + 1L) {
      skipping = true;
      chunk.size = lineStart;
      return;
    }
    chunk.ensure(n, lineStart + maxLineBytes + 1);
    System.arraycopy(buffer, from, chunk.data, chunk.size, n);
    chunk.size += n;
  }

  private void endLine(boolean newline, Sink sink) throws InterruptedException {
    long length = lineLength;
    if (newline && length > 0 && lastByte == '\r') {
      length--;
      if (!skipping) {
        chunk.size--;
      }
    }
    if (skipping || length > maxLineBytes) {
      chunk.endTooLong(lineStart, length);
    } else {
      chunk.endLine();
    }
    lineLength = 0;
    lastByte = 0;
    skipping = false;
    if (chunk.lines == chunkLines || chunk.size >= chunkBytes) {
      chunk.endByte = bytesRead;
      Chunk full = chunk;
      // The next chunk is sized after this one: lines of a file are alike, and an array of the
      // largest size for lines of a few hundred bytes would be mostly zeroes to allocate.
      int capacity = (int) Math.min(chunkCapacity, Math.max(MIN_CAPACITY, full.size + (full.size >> 3)));
      chunk = new Chunk(full.firstLine + full.lines, capacity, chunkLines);
      sink.accept(full);
    }
    lineStart = chunk.size;
  }

  /** Where the first {@code \n} in a range is, or -1; eight bytes at a time (lines are kilobytes). */
  static int indexOfNewline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES; // a zero byte where a \n was
      long zeros = (x - ONES) & ~x & HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
