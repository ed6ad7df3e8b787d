package io.propgov.governance.bench;

import io.propgov.governance.json.GovernanceJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an NDJSON file of {@linkplain EstateGenerator#compact compact} generated estates, one
 * per line, the input of the {@code batch} benchmark and command:
 *
 * <pre>{@code java -cp governance-bench/target/benchmarks.jar io.propgov.governance.bench.BatchFile 1000000 /tmp/estates.ndjson}</pre>
 */
public final class BatchFile {

  private BatchFile() {}

  /**
   * Writes {@code count} estates, numbered from 0, to a file.
   *
   * @param count the lines
   * @param file the file, replaced
   * @return the file's size in bytes
   */
  public static long write(long count, Path file) {
    GovernanceJson json = GovernanceJson.create();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        out.write(json.writeEstateLine(EstateGenerator.compact(i)));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the file named on the command line.
   *
   * @param args the count of estates and the file
   */
  public static void main(String[] args) {
    long size = write(Long.parseLong(args[0]), Path.of(args[1]));
    System.out.printf("%s: %s estates, %,d bytes%n", args[1], args[0], size);
  }
}
