package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UTF-8 bytes of reasons and citations a batch writes again and again, kept to be written
 * as they are: a batch line repeats the same citations (a third of its bytes) and the same
 * reasons of words only (each area of the whole-estate report, for instance). Only a reason
 * whose figures are all words is kept, since its bytes depend on nothing but the reason and the
 * language; a reason with amounts varies with every estate. At most {@link #LIMIT} entries, so
 * memory stays bounded whatever the input; past it, bytes are written afresh. Bytes are kept
 * only where they are exactly what the generator writes (no escape, no collision).
 * Thread-safe.
 */
final class WrittenReasons {

  /** The most entries kept. */
  static final int LIMIT = 4096;

  /** Marks what cannot be kept, so that it is not tried again. */
  private static final SerializedString NONE = new SerializedString("");

  private record ReasonKey(Reason reason, Locale locale) {}

  private final ObjectWriter with;
  private final ConcurrentHashMap<Object, SerializedString> bytes = new ConcurrentHashMap<>();

  WrittenReasons(ObjectWriter with) {
    this.with = with;
  }

  /** The bytes of a reason's object in a language, or null when they are not kept. */
  SerializedString reason(Reason reason, Locale locale) {
    for (Figure f : reason.figures()) {
      if (f.unit() != Unit.TEXT && f.unit() != Unit.TERM) {
        return null;
      }
    }
    return lookup(new ReasonKey(reason, locale), g -> DecisionStream.reasonObject(g, reason, locale, null));
  }

  /** The bytes of a citation's object, or null when they are not kept. */
  SerializedString citation(Citation citation) {
    return lookup(citation, g -> DecisionStream.citation(g, citation));
  }

  private SerializedString lookup(Object key, DecisionStream.Body body) {
    SerializedString known = bytes.get(key);
    if (known == null) {
      known = render(body);
      if (bytes.size() < LIMIT) {
        bytes.putIfAbsent(key, known);
      }
    }
    return known == NONE ? null : known;
  }

  /** Writes a value alone, as the generator writes it inside a line. */
  private SerializedString render(DecisionStream.Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    DecisionStream.Watch watch = new DecisionStream.Watch(out, null);
    try (JsonGenerator g = with.createGenerator(watch)) {
      g.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
      body.write(g);
    } catch (IOException | RuntimeException e) { // a collision among them: the line writes it as before
      return NONE;
    }
    byte[] written = out.toByteArray();
    if (watch.backslash) {
      return NONE;
    }
    SerializedString text = new SerializedString(new String(written, StandardCharsets.UTF_8));
    return Arrays.equals(text.asUnquotedUTF8(), written) ? text : NONE;
  }
}
