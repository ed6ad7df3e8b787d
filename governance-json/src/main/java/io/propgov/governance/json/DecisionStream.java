package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.propgov.governance.area.Result;
import io.propgov.governance.error.InputError;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.metrics.Rate;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Fraction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes a decision straight to a {@link JsonGenerator}, field by field in the order
 * {@link DecisionWriter} builds its tree, so that the text is byte for byte the text of that
 * tree, without the tree (building it cost more than the rules it explains). Where the tree
 * would replace a field of the same name in place (two figures of one name, a result component
 * named like a field of the decision, map keys that print alike), a stream cannot take back what
 * it wrote: it throws {@link Collision} and the caller writes the tree. Thread-safe.
 */
final class DecisionStream {

  /** The fields a decision writes around its result's components. */
  private static final Set<String> DECISION_FIELDS = Set.of("policy", "asOf", "headline", "reasons");

  /** Whether a result class has a component named like a field of the decision. */
  private static final ClassValue<Boolean> COLLIDES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      for (RecordComponent c : DecisionWriter.components(type)) {
        if (DECISION_FIELDS.contains(c.getName())) {
          return true;
        }
      }
      return false;
    }
  };

  /** Thrown where the stream would differ from the tree; the caller writes the tree instead. */
  static final class Collision extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Collision() {
      super(null, null, false, false);
    }
  }

  /** Writes one document to a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private DecisionStream() {}

  // The names of a reason's fields, encoded once.
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString OUTCOME = new SerializedString("outcome");
  private static final SerializableString COMPARED = new SerializedString("compared");
  private static final SerializableString ACTUAL = new SerializedString("actual");
  private static final SerializableString COMPARISON = new SerializedString("comparison");
  private static final SerializableString THRESHOLD = new SerializedString("threshold");
  private static final SerializableString FIGURES = new SerializedString("figures");
  private static final SerializableString CITATION = new SerializedString("citation");
  private static final SerializableString MARGIN = new SerializedString("margin");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString UNIT_NAME = new SerializedString("unitName");
  private static final SerializableString FLIP = new SerializedString("flip");
  private static final SerializableString CHANGE = new SerializedString("change");
  private static final SerializableString TEXT = new SerializedString("text");

  /**
   * Writes a document by the generator of a writer (its pretty printer or none), or, where the
   * stream would differ from the tree or fails, by the tree, which gives the same bytes where it
   * can and the same exception where it cannot.
   */
  static String write(ObjectWriter with, Body body, Supplier<String> tree) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = with.createGenerator(out)) {
      body.write(g);
    } catch (Collision | IOException e) {
      return tree.get();
    }
    return out.toString();
  }

  /**
   * Appends what {@link #write} returns, encoded in UTF-8, to a buffer, by a generator writing
   * bytes. That generator escapes a lone surrogate where the text keeps it (and encoding turns it
   * into {@code ?}), and a backslash is the only sign of any escape: a line with a backslash, a
   * collision or a failure is taken back and written from the text, so the bytes never differ.
   */
  static void writeUtf8(ObjectWriter with, Body body, Supplier<String> tree, ByteArrayOutputStream out,
      WrittenReasons written) {
    int mark = out.size();
    Watch watch = new Watch(out, written);
    try (JsonGenerator g = with.createGenerator(watch)) {
      g.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
      body.write(g);
    } catch (Collision | IOException e) {
      watch.backslash = true;
    }
    if (watch.backslash) {
      byte[] kept = out.toByteArray();
      out.reset();
      out.write(kept, 0, mark);
      out.writeBytes(tree.get().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Passes bytes on to a buffer and notes whether a backslash went by; it also carries the bytes
   * of reasons already written, if any, to the writing of a reason (the generator's target is how
   * {@link #reason} finds them, the same bytes as writing the reason again).
   */
  static final class Watch extends OutputStream {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final ByteArrayOutputStream out;
    private final WrittenReasons written;
    boolean backslash;

    Watch(ByteArrayOutputStream out, WrittenReasons written) {
      this.out = out;
      this.written = written;
    }

    @Override
    public void write(int b) {
      backslash |= b == '\\';
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      backslash = backslash || hasBackslash(bytes, offset, offset + length);
      out.write(bytes, offset, length);
    }

    /** Whether a range holds a backslash, eight bytes at a time (one line is kilobytes). */
    private static boolean hasBackslash(byte[] bytes, int from, int to) {
      int i = from;
      for (; i + 8 <= to; i += 8) {
        long x = (long) LONGS.get(bytes, i) ^ 0x5C5C5C5C5C5C5C5CL; // a zero byte where a backslash was
        if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
          return true;
        }
      }
      for (; i < to; i++) {
        if (bytes[i] == '\\') {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Writes a batch line's result (an estate's assessment or its whole-estate report): its number,
   * the estate id when known, and the decision or the errors.
   */
  static void resultLine(JsonGenerator g, long line, Result<?> result, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", line);
    if (result.id() != null) {
      g.writeStringField("estateId", result.id());
    }
    if (result.isDecided()) {
      g.writeFieldName("decision");
      decision(g, result.decision(), locale);
    } else {
      g.writeFieldName("errors");
      errors(g, result.errors());
    }
    g.writeEndObject();
  }

  /** Writes a decision with its policy and date. */
  static void decision(JsonGenerator g, Decision<?> decision, Locale locale) throws IOException {
    g.writeStartObject();
    g.writeFieldName("policy");
    policy(g, decision.policy());
    g.writeStringField("asOf", decision.asOf().toString());
    body(g, decision, locale);
    g.writeEndObject();
  }

  private static void errors(JsonGenerator g, List<InputError> errors) throws IOException {
    g.writeStartArray();
    for (InputError error : errors) {
      g.writeStartObject();
      g.writeStringField("pointer", error.pointer());
      g.writeStringField("code", error.code());
      g.writeStringField("message", error.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void body(JsonGenerator g, Decision<?> decision, Locale locale) throws IOException {
    Conclusion value = decision.value();
    if (value instanceof UnitRates rates) {
      unitRates(g, rates);
    } else if (value.getClass().isRecord()) {
      if (COLLIDES.get(value.getClass())) {
        throw new Collision();
      }
      components(g, value, locale);
    }
    g.writeStringField("headline", Decision.headline(value, locale));
    g.writeFieldName("reasons");
    g.writeStartArray();
    for (Reason reason : decision.reasons()) {
      reason(g, reason, locale);
    }
    g.writeEndArray();
  }

  private static void reason(JsonGenerator g, Reason reason, Locale locale) throws IOException {
    WrittenReasons written = g.getOutputTarget() instanceof Watch w ? w.written : null;
    SerializableString known = written == null ? null : written.reason(reason, locale);
    if (known != null) {
      g.writeRawValue(known);
      return;
    }
    reasonObject(g, reason, locale, written);
  }

  /** Writes a reason's object, its citation from the bytes already written when there are. */
  static void reasonObject(JsonGenerator g, Reason reason, Locale locale, WrittenReasons written) throws IOException {
    g.writeStartObject();
    g.writeFieldName(RULE);
    g.writeString(reason.ruleId());
    g.writeFieldName(OUTCOME);
    g.writeString(reason.outcome().name());
    if (reason.comparison() != null) {
      g.writeFieldName(COMPARED);
      g.writeStartObject();
      g.writeFieldName(ACTUAL);
      g.writeString(reason.actual());
      g.writeFieldName(COMPARISON);
      g.writeString(reason.comparison().name());
      g.writeFieldName(THRESHOLD);
      g.writeString(reason.threshold());
      g.writeEndObject();
    }
    g.writeFieldName(FIGURES);
    g.writeStartObject();
    List<Figure> figures = reason.figures();
    for (int i = 0; i < figures.size(); i++) {
      String name = figures.get(i).name();
      for (int j = 0; j < i; j++) {
        if (figures.get(j).name().equals(name)) {
          throw new Collision();
        }
      }
      g.writeStringField(name, figures.get(i).value());
    }
    g.writeEndObject();
    Margin margin = reason.margin();
    if (margin != null) {
      g.writeFieldName(MARGIN);
      g.writeStartObject();
      g.writeFieldName(VALUE);
      g.writeString(margin.value().toString());
      g.writeFieldName(UNIT);
      g.writeString(margin.unit().name());
      if (margin.unitName() != null) {
        g.writeFieldName(UNIT_NAME);
        g.writeStartObject();
        g.writeStringField("en", margin.unitName().en());
        g.writeStringField("zh", margin.unitName().zh());
        g.writeEndObject();
      }
      if (margin.flip() != null) {
        g.writeFieldName(FLIP);
        g.writeStartObject();
        g.writeFieldName(CHANGE);
        g.writeString(margin.flip().toString());
        g.writeFieldName(OUTCOME);
        g.writeString(margin.flipsTo().name());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeFieldName(CITATION);
    SerializableString known = written == null ? null : written.citation(reason.citation());
    if (known != null) {
      g.writeRawValue(known);
    } else {
      citation(g, reason.citation());
    }
    g.writeFieldName(TEXT);
    g.writeString(reason.text(locale));
    g.writeEndObject();
  }

  static void citation(JsonGenerator g, Citation citation) throws IOException {
    g.writeStartObject();
    g.writeStringField("en", citation.en());
    g.writeStringField("zh", citation.zh());
    if (citation.assumption()) {
      g.writeBooleanField("assumption", true);
    }
    g.writeEndObject();
  }

  private static void policy(JsonGenerator g, PolicyRef ref) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", ref.id());
    g.writeStringField("version", ref.version());
    if (ref.hash() != null) {
      g.writeStringField("hash", ref.hash());
    }
    g.writeEndObject();
  }

  private static void ratio(JsonGenerator g, Ratio ratio) throws IOException {
    g.writeStartObject();
    g.writeFieldName("numerator");
    g.writeNumber(ratio.numerator());
    g.writeFieldName("denominator");
    g.writeNumber(ratio.denominator());
    Optional<Fraction> share = ratio.share();
    if (share.isPresent()) {
      g.writeStringField("rate", share.get().toString());
    }
    g.writeEndObject();
  }

  /** A unit's rates as {@code DecisionWriter} writes them: its id, its estates, each rate under its key. */
  private static void unitRates(JsonGenerator g, UnitRates rates) throws IOException {
    g.writeStringField("unitId", rates.unitId());
    g.writeNumberField("estates", rates.estates());
    for (Rate rate : rates.rates()) {
      g.writeFieldName(rate.definition().key());
      ratio(g, rate.ratio());
    }
  }

  private static void components(JsonGenerator g, Object record, Locale locale) throws IOException {
    for (RecordComponent component : DecisionWriter.components(record.getClass())) {
      Object field = DecisionWriter.read(component, record);
      if (present(field)) {
        g.writeFieldName(component.getName());
        value(g, field, locale);
      }
    }
  }

  /** Whether the tree writes a value at all: it leaves out nulls and empty optionals. */
  private static boolean present(Object value) {
    return value != null && !(value instanceof Optional<?> o && (o.isEmpty() || !present(o.get())));
  }

  /** Writes one present value, as {@code DecisionWriter.toJson} builds it. */
  private static void value(JsonGenerator g, Object value, Locale locale) throws IOException {
    if (value instanceof Optional<?> optional) {
      value(g, optional.get(), locale);
    } else if (value instanceof Decision<?> decision) {
      g.writeStartObject();
      body(g, decision, locale);
      g.writeEndObject();
    } else if (value instanceof Ratio ratio) {
      ratio(g, ratio);
    } else if (value instanceof String || value instanceof Fraction || value instanceof LocalDate) {
      g.writeString(value.toString());
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Collection<?> collection) {
      g.writeStartArray();
      for (Object element : collection) {
        if (present(element)) {
          value(g, element, locale);
        } else {
          g.writeNull();
        }
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      map(g, map, locale);
    } else if (value.getClass().isRecord()) {
      g.writeStartObject();
      components(g, value, locale);
      g.writeEndObject();
    } else {
      g.writeString(value.toString());
    }
  }

  private static void map(JsonGenerator g, Map<?, ?> map, Locale locale) throws IOException {
    Class<?> keys = null;
    g.writeStartObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object k = entry.getKey();
      // Keys of one enum, or all strings, print distinct; others might print alike.
      Class<?> kind = k instanceof Enum<?> e ? e.getDeclaringClass() : k == null ? Void.class : k.getClass();
      if ((keys != null && kind != keys) || (kind != String.class && !kind.isEnum())) {
        throw new Collision();
      }
      keys = kind;
      if (present(entry.getValue())) {
        g.writeFieldName(k instanceof Enum<?> e ? e.name() : String.valueOf(k));
        value(g, entry.getValue(), locale);
      }
    }
    g.writeEndObject();
  }
}
