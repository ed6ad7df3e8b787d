package io.propgov.governance.examples.build;

import java.nio.file.Path;

/** Lets tests in other packages ask {@link BuildCommit} for a commit. */
public final class BuildCommitAccess {

  private BuildCommitAccess() {}

  /**
   * The commit of a directory as the build records it.
   *
   * @param directory where to ask git
   * @return the short hash, or {@code unknown}
   */
  public static String commit(Path directory) {
    return BuildCommit.commit(directory);
  }
}
