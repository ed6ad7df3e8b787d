package io.propgov.governance.examples.batch;

import java.util.Arrays;

/**
 * A run of consecutive input lines as bytes, back to back without their line ends, handed from
 * the reader to a worker. An over-long line keeps no bytes, only its length.
 */
final class Chunk {

  /** The number of the first line, from 1. */
  final long firstLine;
  /** The lines' bytes; {@link #size} of them are used. */
  byte[] data;
  /** The bytes used. */
  int size;
  /** The lines held. */
  int lines;
  /** Where each line's bytes end in {@link #data}, exclusive; the next line starts there. */
  final int[] ends;
  /** The length of each over-long line, 0 for the others; null while there is none. */
  long[] tooLong;
  /** The input bytes read once the chunk was complete, for the percentage of progress. */
  long endByte;

  Chunk(long firstLine, int capacity, int maxLines) {
    this.firstLine = firstLine;
    this.data = new byte[capacity];
    this.ends = new int[maxLines];
  }

  /** Where line {@code i} (from 0) starts in {@link #data}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** The length of line {@code i} when it was over-long, else 0. */
  long tooLong(int i) {
    return tooLong == null ? 0 : tooLong[i];
  }

  /**
   * Makes room for {@code more} bytes, never growing past {@code most} bytes in all: the reader
   * stops keeping a line once it is over-long, so a chunk never needs more than that.
   */
  void ensure(int more, int most) {
    int needed = size + more;
    if (needed > data.length) {
      int grown = (int) Math.min(Math.max(needed, data.length * 2L), Math.max(needed, most));
      data = Arrays.copyOf(data, grown);
    }
  }

  /** Ends the next line at the current size. */
  void endLine() {
    ends[lines++] = size;
  }

  /** Ends the next line as over-long, keeping its length and none of its bytes. */
  void endTooLong(int lineStart, long length) {
    size = lineStart;
    if (tooLong == null) {
      tooLong = new long[ends.length];
    }
    tooLong[lines] = length;
    endLine();
  }
}
