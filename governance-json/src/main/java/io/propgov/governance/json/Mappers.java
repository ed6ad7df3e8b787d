package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The one Jackson configuration of the module: safe by default, exact with numbers.
 *
 * <ul>
 *   <li>No default typing, and a polymorphic type validator that allows no subtype: input never
 *       chooses a Java class.
 *   <li>{@link InputLimits}: nesting depth, string, number, name and document length are bounded.
 *   <li>Duplicate keys and trailing content after the document are syntax errors.
 *   <li>Decimals are read as exact {@code BigDecimal} with their scale kept ({@code 59.50} stays
 *       {@code 59.50}), and written as plain numbers, never in scientific notation.
 *   <li>Unknown properties fail ({@code FAIL_ON_UNKNOWN_PROPERTIES}); in practice every input
 *       object is closed by the schema's {@code additionalProperties: false} before binding.
 * </ul>
 */
final class Mappers {

  /** Maximum nesting of objects and arrays: {@link InputLimits#MAX_NESTING_DEPTH}. */
  static final int MAX_NESTING_DEPTH = InputLimits.MAX_NESTING_DEPTH;

  private Mappers() {}

  static JsonMapper create() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(InputLimits.streamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .deactivateDefaultTyping()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(new ParameterModule())
        .addModule(new OrgParameterModule())
        .addModule(new ServiceParameterModule())
        .addModule(new RateParameterModule())
        .addModule(new CreditParameterModule())
        .addModule(new SubsidyParameterModule())
        .addModule(new MoneyParameterModule())
        .addModule(new WorkOrderParameterModule())
        .build();
  }

  /** A writer that indents by two spaces with {@code \n} line ends, whatever the platform. */
  static ObjectWriter prettyWriter(JsonMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return mapper.writer(printer);
  }
}
