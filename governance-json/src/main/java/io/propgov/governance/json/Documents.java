package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
  static final int MAX_DIGITS = 30;

  /** The number quoted in Jackson's message about a number it cannot read. */
  private static final Pattern NUMBER_IN_MESSAGE = Pattern.compile("Value \"([^\"]*)\"");

  /** A parsed document, or the one error that kept it from being parsed. */
  record Parsed(JsonNode root, InputError error) {}

  /** Reads a source, which may fail with an {@link IOException}. */
  @FunctionalInterface
  interface Source {
    JsonNode read(JsonMapper mapper) throws IOException;
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
    try {
      JsonNode root = quick.readTree(json);
      if (root != null && !root.isMissingNode()) {
        return new Parsed(root, null);
      }
    } catch (IOException | RuntimeException e) {
      // Read again the usual way, which gives the error exactly as it always has.
    }
    return parse(m -> m.readTree(json), null);
  }

  Parsed parse(InputStream in) {
    return parse(m -> m.readTree(in), null);
  }

  Parsed parse(Path path) {
    return parse(m -> {
      try (InputStream in = Files.newInputStream(path)) {
        return m.readTree(in);
      }
    }, path);
  }

  private Parsed parse(Source source, Path path) {
    try {
      JsonNode root = source.read(mapper);
      if (root == null || root.isMissingNode()) {
        return new Parsed(null, new InputError("", "syntax", "the document is empty; expected a JSON object"));
      }
      return new Parsed(root, null);
    } catch (StreamConstraintsException e) {
      return new Parsed(null, new InputError("", "limit", "the document exceeds a limit" + at(e.getLocation())
          + ": " + e.getOriginalMessage().replaceAll(", from `[^`]*`\\)", ")")));
    } catch (JsonProcessingException e) {
      return new Parsed(null, new InputError("", "syntax", "malformed JSON" + at(e.getLocation()) + ": "
          + syntaxMessage(e.getOriginalMessage())));
    } catch (NumberFormatException e) {
      // A number whose exponent does not even fit an int (1e99999999999) fails while the tree
      // is built, before numberLimits could locate it.
      Matcher value = NUMBER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
      return new Parsed(null, new InputError("", "limit", "the document holds a number too large to read"
          + (value.find() ? " (" + abbreviate(value.group(1)) + ")" : "") + "; at most " + MAX_DIGITS
          + " digits before and after the decimal point"));
    } catch (IOException e) {
      String what = path == null ? "the input" : path.toString();
      return new Parsed(null, new InputError("", "io", "cannot read " + what + ": " + describe(e)));
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
    return value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS;
  }

  private static void checkNumbers(JsonNode node, String pointer, List<InputError> errors) {
    if (node.isNumber()) {
      if (beyondLimits(node.decimalValue())) {
        errors.add(new InputError(pointer, "limit", "number " + abbreviate(node.asText())
            + " is too large or too precise; at most " + MAX_DIGITS + " digits before and after the decimal point"));
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
