package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Jackson module for a host's own {@code ObjectMapper}: it reads facts and policies and
 * writes decisions, policies and facts exactly as {@link GovernanceJson} does, through the
 * same schemas, readers and writers.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * GovernancePolicy policy = mapper.readValue(policyJson, GovernancePolicy.class);
 * Facts facts = mapper.readValue(factsJson, Facts.class);
 * String out = mapper.writeValueAsString(decision); // as GovernanceJson.writeDecision, compact
 * }</pre>
 *
 * <p>Written: {@link Decision} (as {@link GovernanceJson#writeDecision(Decision, Locale)}, in this
 * module's locale), {@link GovernancePolicy} (as {@link GovernanceJson#writePolicy}) and
 * {@link Facts} (as {@link GovernanceJson#writeFacts}). Read: {@link GovernancePolicy},
 * {@link Facts}, {@link GovernanceFacts} (a facts document) and {@link Estate} (one estate
 * object). The text is the same, field for field and number for number (decimals keep their
 * exact digits whatever the mapper's number settings); only the white space is the mapper's.
 *
 * <p>A document read through the module is checked as {@link GovernanceJson} checks it; one
 * that is not legal throws an {@link InvalidDocumentException}, a Jackson exception that
 * carries every {@linkplain InvalidDocumentException#errors() error} with its JSON Pointer.
 * Policies that {@code "extends"} a parent are resolved against the adapter's bundled policies.
 * The value is re-read on one line, so the line and column in a message about malformed JSON
 * (such as a duplicate key, which the adapter refuses) count within that value, not the host's
 * document; pointers are relative to the value.
 *
 * @since 0.2.0
 */
public final class GovernanceModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Copies what a host's parser reads into text, keeping numbers as written. */
  private static final JsonFactory TEXT = JsonFactory.builder().build();

  /**
   * Creates the module writing decisions' headlines and reasons in English.
   */
  public GovernanceModule() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates the module writing decisions' headlines and reasons in a language.
   *
   * @param locale any {@code zh} locale for Simplified Chinese, any other for English, not null
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public GovernanceModule(Locale locale) {
    super("io.propgov.governance.json.GovernanceModule", Version.unknownVersion());
    Objects.requireNonNull(locale, "locale");
    addSerializer((Class) Decision.class, new Writes<Decision<?>>(Decision.class,
        d -> adapter().decisionLine(d, locale)));
    addSerializer(GovernancePolicy.class, new Writes<>(GovernancePolicy.class, p -> adapter().policyLine(p)));
    addSerializer(Facts.class, new Writes<>(Facts.class, f -> adapter().factsLine(f)));
    addDeserializer(GovernancePolicy.class, new Reads<>(GovernancePolicy.class, t -> adapter().readPolicy(t)));
    addDeserializer(Facts.class, new Reads<>(Facts.class, t -> adapter().readFacts(t)));
    addDeserializer(GovernanceFacts.class, new Reads<>(GovernanceFacts.class,
        t -> adapter().readFacts(t).governance()));
    addDeserializer(Estate.class, new Reads<>(Estate.class, t -> adapter().readEstate(t)));
  }

  private static GovernanceJson adapter() {
    return GovernanceJson.create();
  }

  /** Writes a value by copying the adapter's text into the host's generator. */
  private static final class Writes<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> text;

    @SuppressWarnings("unchecked")
    Writes(Class<?> type, Function<T, String> text) {
      super((Class<T>) type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      try (JsonParser p = TEXT.createParser(text.apply(value))) {
        p.nextToken();
        copy(p, gen);
      }
    }
  }

  /** Reads a value by handing the text of the host's document to the adapter. */
  private static final class Reads<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> read;

    Reads(Class<T> type, Function<String, T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StringWriter out = new StringWriter(1024);
      try (JsonGenerator g = TEXT.createGenerator(out)) {
        copy(p, g);
      }
      try {
        return read.apply(out.toString());
      } catch (InvalidInputException e) {
        throw new InvalidDocumentException(p, e);
      }
    }
  }

  /**
   * Copies the value at the parser's current token (or, at a field name, the rest of the object
   * it is in) to the generator, numbers as their text, leaving the parser on its last token.
   */
  static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    JsonToken t = p.currentToken();
    if (t == JsonToken.FIELD_NAME) {
      g.writeStartObject();
      depth = 1;
    }
    while (t != null) {
      switch (t) {
        case START_OBJECT -> {
          g.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          g.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          g.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          g.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> g.writeFieldName(p.currentName());
        case VALUE_STRING -> g.writeString(p.getText());
        case VALUE_NUMBER_INT -> number(p, g);
        case VALUE_NUMBER_FLOAT -> {
          if (g instanceof TokenBuffer) {
            g.writeNumber(p.getDecimalValue());
          } else {
            g.writeNumber(p.getText());
          }
        }
        case VALUE_TRUE -> g.writeBoolean(true);
        case VALUE_FALSE -> g.writeBoolean(false);
        case VALUE_NULL -> g.writeNull();
        default -> throw new InvalidDocumentException(p, "not a JSON value: " + t);
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    }
    throw new InvalidDocumentException(p, "the document ends inside a value");
  }

  /**
   * An integer as its text to a writer of text; to a token buffer (a tree, a conversion) as the
   * smallest integer type that holds it, as a parser would have read it.
   */
  private static void number(JsonParser p, JsonGenerator g) throws IOException {
    if (!(g instanceof TokenBuffer)) {
      g.writeNumber(p.getText());
      return;
    }
    switch (p.getNumberType()) {
      case INT -> g.writeNumber(p.getIntValue());
      case LONG -> g.writeNumber(p.getLongValue());
      default -> g.writeNumber(p.getBigIntegerValue());
    }
  }
}
