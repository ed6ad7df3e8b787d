package io.propgov.governance.explain;

/**
 * The policy a decision was made under.
 *
 * @param id the policy's id, never blank
 * @param version the policy's version, never blank
 * @since 0.1.0
 */
public record PolicyRef(String id, String version) {

  /** Checks that both parts are given. */
  public PolicyRef {
    id = Citation.requireText(id, "id");
    version = Citation.requireText(version, "version");
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
