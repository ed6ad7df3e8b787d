package io.propgov.governance.examples;

import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled sample estates: facts modelled on the figures published for Wuhan, Handan and
 * Beijing Fengtai (see the file's estate names), evaluated by the README's main job.
 *
 * @since 0.1.0
 */
public final class SampleData {

  /** The resource path of the sample facts, inside this module's jar. */
  public static final String RESOURCE = "samples/estates.json";

  private SampleData() {}

  /**
   * Reads the sample facts.
   *
   * @param json the JSON reader
   * @return the facts, never null
   */
  public static Facts load(GovernanceJson json) {
    try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
      return json.readFacts(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
