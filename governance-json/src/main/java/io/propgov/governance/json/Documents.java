package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propgov.governance.error.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text into a tree, turning every failure into one located error: malformed JSON, a limit
 * exceeded, an unreadable file. Stateless apart from the mapper, so thread-safe.
 */
final class Documents {

  /** Largest magnitude a number may have, in digits before or after the decimal point. */
  static final int MAX_DIGITS = InputLimits.MAX_DIGITS;

  /** The byte order mark, which a text may start with and which is not part of the document. */
  private static final char BOM = '\uFEFF';

  /** The number quoted in Jackson's message about a number it cannot read. */
  private static final Pattern NUMBER_IN_MESSAGE = Pattern.compile("Value \"([^\"]*)\"");

  /**
   * A parsed document, or the one error that kept it from being parsed.
   *
   * @param start where the root value starts, or null when unknown
   */
  record Parsed(JsonNode root, InputError error, JsonLocation start) {

    Parsed(JsonNode root, InputError error) {
      this(root, error, null);
    }

    /**
     * The document as an object, or this result with an error naming where the root that is not
     * an object starts: nothing else can be read as a policy or facts document.
     */
    Parsed object() {
      if (error != null || root.isObject()) {
        return this;
      }
      String kind = root.isArray() ? "an array" : root.isTextual() ? "a string" : root.isNumber() ? "a number"
          : root.isBoolean() ? "a boolean" : "null";
      return new Parsed(null, new InputError("", "type", "the document must be a JSON object, was " + kind
          + at(start)), start);
    }
  }

  /** Opens a parser on a source, which may fail with an {@link IOException}. */
  @FunctionalInterface
  interface Source {
    JsonParser open(JsonMapper mapper) throws IOException;
  }

  private final JsonMapper mapper;
  /**
   * The mapper's reader with duplicate keys found by the tree instead of the parser: the parser's
   * check keeps a set of names for every object of three or more fields, which cost a tenth of
   * reading an estate line; the tree sees a duplicate for free, but words its error differently.
   */
  private final ObjectReader quick;
  private final JsonFactory quickFactory;

  Documents(JsonMapper mapper) {
    this.mapper = mapper;
    // rebuild() works on a copy: the mapper itself keeps the parser's check.
    JsonMapper quickMapper = mapper.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    this.quick = quickMapper.reader();
    this.quickFactory = quickMapper.getFactory();
  }

  /** The mapper's factory without the parser's duplicate check: for readers that find duplicates themselves. */
  JsonFactory quickFactory() {
    return quickFactory;
  }

  Parsed parse(String json) {
    // A byte order mark is read past, as the byte readers do for files and streams.
    String text = !json.isEmpty() && json.charAt(0) == BOM ? json.substring(1) : json;
    try (JsonParser parser = quick.createParser(text)) {
      JsonToken first = parser.nextToken();
      JsonLocation start = parser.currentTokenLocation();
      JsonNode root = first == null ? null : quick.readTree(parser);
      if (root != null && !root.isMissingNode() && parser.nextToken() == null) {
        return new Parsed(root, null, start);
      }
    } catch (IOException | RuntimeException e) {
      // Read again the usual way, which gives the error exactly as it always has.
    }
    return parse(m -> m.createParser(text), null);
  }

  Parsed parse(InputStream in) {
    return parse(m -> m.createParser(in), null);
  }

  Parsed parse(Path path) {
    return parse(m -> m.createParser(Files.newInputStream(path)), path);
  }

  private Parsed parse(Source source, Path path) {
    JsonParser parser = null;
    try {
      parser = source.open(mapper);
      if (path != null) {
        // The parser does not close what it reads (AUTO_CLOSE_SOURCE off): a file is closed here.
        parser.enable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      }
      JsonToken first = parser.nextToken();
      JsonLocation start = parser.currentTokenLocation();
      JsonNode root = first == null ? null : mapper.readTree(parser);
      if (root == null || root.isMissingNode()) {
        return new Parsed(null, new InputError("", "syntax", "the document is empty; expected a JSON object"));
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        return new Parsed(null, new InputError("", "syntax", "malformed JSON" + at(parser.currentTokenLocation())
            + ": " + syntaxMessage("Trailing token")));
      }
      return new Parsed(root, null, start);
    } catch (StreamConstraintsException e) {
      JsonLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
          : parser == null ? null : parser.currentTokenLocation();
      return new Parsed(null, new InputError("", "limit", String.format(InputLimits.describe(e.getOriginalMessage()),
          at(where))));
    } catch (JsonProcessingException e) {
      return new Parsed(null, new InputError("", "syntax", "malformed JSON" + at(e.getLocation()) + ": "
          + syntaxMessage(e.getOriginalMessage())));
    } catch (NumberFormatException e) {
      // A number whose exponent does not even fit an int (1e99999999999) fails while the tree
      // is built, before numberLimits could locate it.
      Matcher value = NUMBER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
      return new Parsed(null, new InputError("", "limit", "the document holds a number too large to read"
          + (value.find() ? " (" + abbreviate(value.group(1)) + ")" : "") + "; at most " + MAX_DIGITS
          + " digits before and after the decimal point (limit: maxDigits " + MAX_DIGITS + ")"));
    } catch (IOException e) {
      String what = path == null ? "the input" : path.toString();
      return new Parsed(null, new InputError("", "io", "cannot read " + what + ": " + describe(e)));
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Closing a file only read from: nothing was lost.
      }
    }
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String syntaxMessage(String message) {
    if (message == null) {
      return "unreadable content";
    }
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the end of the document; a document holds one JSON value";
    }
    return message;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Returns an error for every number too large or too precise to compute with safely (a
   * number such as {@code 1e999999999} is short to write but would take gigabytes to expand).
   */
  static List<InputError> numberLimits(JsonNode root) {
    if (!anyBeyondLimits(root)) {
      return List.of(); // the usual case, found without building a pointer for every node
    }
    List<InputError> errors = new ArrayList<>();
    checkNumbers(root, "", errors);
    return errors;
  }

  private static boolean anyBeyondLimits(JsonNode node) {
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (anyBeyondLimits(child)) {
          return true;
        }
      }
      return false;
    }
    return node.isNumber() && !node.isInt() && beyondLimits(node.decimalValue());
  }

  static boolean beyondLimits(BigDecimal value) {
    return InputLimits.beyondDigits(value);
  }

  private static void checkNumbers(JsonNode node, String pointer, List<InputError> errors) {
    if (node.isNumber()) {
      if (beyondLimits(node.decimalValue())) {
        errors.add(new InputError(pointer, "limit", InputLimits.digits(abbreviate(node.asText()))));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        checkNumbers(field.getValue(), Pointers.child(pointer, field.getKey()), errors);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), Pointers.child(pointer, i), errors);
      }
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
