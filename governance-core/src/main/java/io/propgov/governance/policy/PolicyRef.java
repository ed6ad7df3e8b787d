package io.propgov.governance.policy;

/**
 * The policy a decision was made under: its id and version and, where the policy was read with
 * its levels (as {@code governance-json} reads it), the content hash that tells two policies of
 * the same id and version apart.
 *
 * @param id the policy's id, never blank
 * @param version the policy's version, never blank
 * @param hash the SHA-256 content hash of the resolved policy with its levels and bounds, as 64
 *     lowercase hex digits, or null when the policy was built without one
 * @since 0.1.0
 */
public record PolicyRef(String id, String version, String hash) {

  /** Checks that id and version are given, and that a hash, when given, is one. */
  public PolicyRef {
    id = Citation.requireText(id, "id");
    version = Citation.requireText(version, "version");
    if (hash != null && !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("hash must be 64 lowercase hex digits, was '" + hash + "'");
    }
  }

  /**
   * Creates the reference of a policy without a content hash.
   *
   * @param id the policy's id, never blank
   * @param version the policy's version, never blank
   */
  public PolicyRef(String id, String version) {
    this(id, version, null);
  }

  /** Returns {@code id@version}; the hash, when there is one, is not part of the text. */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
