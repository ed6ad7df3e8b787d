package io.propgov.governance.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Where the results of {@code batch} go: standard output, or a file written whole or not at all.
 * A file's results go to a temporary file beside it, named after it ({@code out.ndjson.incomplete-PID}),
 * which is renamed into place only by {@link #commit}; closed without a commit, the temporary
 * file is deleted and an earlier file under the target's name is left as it was. A killed run
 * may leave the temporary file behind, never a half file under the target's name.
 */
final class BatchOutput implements AutoCloseable {

  private final OutputStream stream;
  private final Path target;
  private final Path temporary;
  private boolean done;

  private BatchOutput(OutputStream stream, Path target, Path temporary) {
    this.stream = stream;
    this.target = target;
    this.temporary = temporary;
  }

  /** Results to standard output, as bytes (UTF-8 whatever the platform's encoding); never closed. */
  static BatchOutput standardOutput() {
    return new BatchOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), null, null);
  }

  /**
   * Prints a command's text output, or writes it to {@code outFile} whole or not at all, through a
   * temporary file beside it moved into place when complete. The file gets what the terminal
   * would: control characters from the input escaped.
   *
   * @param terminal the command's standard output
   * @param outFile the file to write, or null to print
   * @param output the text
   * @throws GovernanceCli.UsageError when the file cannot be written
   */
  static void printOrWrite(java.io.PrintWriter terminal, Path outFile, String output) {
    if (outFile == null) {
      terminal.print(output);
      return;
    }
    java.io.StringWriter escaped = new java.io.StringWriter();
    try (TerminalWriter writer = new TerminalWriter(escaped)) {
      writer.write(output);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (BatchOutput file = file(outFile)) {
      file.stream().write(escaped.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      file.commit();
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot write " + outFile + ": " + e.getMessage());
    }
  }

  /**
   * Results to a file, through a temporary file in the same folder, so that the final rename
   * stays on one file system and can be atomic.
   *
   * @param target the file; a symbolic link is followed, so that the link keeps pointing at the results
   * @return the output, open
   * @throws IOException when the temporary file cannot be created
   */
  static BatchOutput file(Path target) throws IOException {
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path folder = real.getParent();
    String name = real.getFileName() + ".incomplete-" + ProcessHandle.current().pid();
    for (int attempt = 0; ; attempt++) {
      Path temporary = folder.resolve(attempt == 0 ? name : name + "-" + attempt);
      try {
        OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // SIGINT and SIGTERM still run the JVM's exit hooks, which delete it; only SIGKILL leaves it.
        temporary.toFile().deleteOnExit();
        keepPermissions(real, temporary);
        return new BatchOutput(new BufferedOutputStream(stream, 1 << 16), real, temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 99) {
          throw e;
        }
      }
    }
  }

  /** Gives the new file the permissions of the file it will replace, as writing over it would have kept them. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  /** The stream the results go to. */
  OutputStream stream() {
    return stream;
  }

  /** Where the results end up, for the summary: the file, or {@code -} for standard output. */
  String name() {
    return target == null ? "-" : target.toString();
  }

  /**
   * Ends a complete run: flushes, and renames a temporary file over the target, atomically when
   * the file system allows.
   *
   * @throws IOException when the results cannot be written or moved into place
   */
  void commit() throws IOException {
    if (temporary == null) {
      stream.flush();
      done = true;
      return;
    }
    stream.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Ends the run; without a {@link #commit}, deletes the temporary file, leaving the target as it was. */
  @Override
  public void close() {
    if (done || temporary == null) {
      return;
    }
    try {
      stream.close();
    } catch (IOException | RuntimeException e) {
      // The results are being thrown away; only the deletion matters.
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Nothing else to do: the temporary file's name says what it is.
    }
  }
}
