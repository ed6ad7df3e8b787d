package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A facts file read so that a schema or binding error inside one estate rejects that estate,
 * as a rule error does, and not the whole document: the other estates are read and judged, and
 * every error comes out in one run. Errors outside the estates still reject the document.
 *
 * @param facts the sound part of the document: every estate but the rejected ones
 * @param rejected the estates the reader refused, each a rejected result at its index in the file
 * @param index the index in the file of each estate of {@code facts}
 * @param refused the refused estates as the file gave them, by their index in the file
 */
record EstateLocalFacts(Facts facts, List<Result<EstateReport>> rejected, int[] index,
    Map<Integer, JsonNode> refused) {

  private static final Pattern ESTATE = Pattern.compile("^/estates/(\\d+)(?=/|$)");
  private static final Pattern ANY_ESTATE = Pattern.compile("(?<![\\w/])/estates/(\\d+)(?![\\d])");
  // Exact decimals, as the report reads and writes them, so that no number changes on the way.
  private static final ObjectMapper MAPPER = ReportDocument.MAPPER;

  /** Facts read whole, none refused. */
  static EstateLocalFacts whole(Facts facts) {
    return new EstateLocalFacts(facts, List.of(), identity(facts.estates().size()), Map.of());
  }

  /** Reads a file; throws {@link InvalidFactsException} with every error when an error lies outside the estates. */
  static EstateLocalFacts read(GovernanceJson json, Path file) {
    try {
      return whole(json.readFacts(file));
    } catch (InvalidFactsException e) {
      return withoutRejected(json, () -> {
        try (InputStream in = Files.newInputStream(file)) {
          return MAPPER.readTree(in);
        }
      }, e, byEstate(e));
    }
  }

  /** Reads a document given as text, as {@link #read(GovernanceJson, Path)} reads a file. */
  static EstateLocalFacts read(GovernanceJson json, String text) {
    try {
      return whole(json.readFacts(text));
    } catch (InvalidFactsException e) {
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      return withoutRejected(json, () -> MAPPER.readTree(body), e, byEstate(e));
    }
  }

  /** The errors by the estate they are in; rethrows when one lies outside the estates. */
  private static Map<Integer, List<InputError>> byEstate(InvalidFactsException e) {
    Map<Integer, List<InputError>> byEstate = new TreeMap<>();
    for (InputError error : e.errors()) {
      Matcher m = ESTATE.matcher(error.pointer());
      if (!m.find()) {
        throw e;
      }
      byEstate.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new ArrayList<>()).add(error);
    }
    return byEstate;
  }

  /** The document again, as a tree. */
  private interface Source {
    JsonNode tree() throws IOException;
  }

  /**
   * The facts as a report's inputs keep them: the sound part as the reader bound it, with each
   * refused estate back at its place as the file gave it, so that reading them again refuses the
   * same estates with the same errors.
   */
  ObjectNode document(GovernanceJson json) {
    ObjectNode doc;
    try {
      doc = (ObjectNode) MAPPER.readTree(json.writeFacts(facts));
    } catch (IOException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
    if (!refused.isEmpty()) {
      ArrayNode estates = doc.withArray("estates");
      refused.forEach((at, estate) -> estates.insert(at, estate));
    }
    return doc;
  }

  private static EstateLocalFacts withoutRejected(GovernanceJson json, Source source, InvalidFactsException first,
      Map<Integer, List<InputError>> byEstate) {
    ObjectNode root;
    try {
      root = (ObjectNode) source.tree();
    } catch (IOException | ClassCastException e) {
      throw first; // the reader read it once; whatever fails now is better told as it told it
    }
    JsonNode estates = root.path("estates");
    ArrayNode kept = MAPPER.createArrayNode();
    List<Integer> index = new ArrayList<>();
    List<Result<EstateReport>> rejected = new ArrayList<>();
    Map<Integer, JsonNode> refused = new TreeMap<>();
    for (int i = 0; i < estates.size(); i++) {
      List<InputError> errors = byEstate.get(i);
      if (errors == null) {
        kept.add(estates.get(i));
        index.add(i);
      } else {
        JsonNode id = estates.get(i).path("id");
        rejected.add(Result.rejected(i, id.isTextual() ? id.textValue() : null, errors));
        refused.put(i, estates.get(i));
      }
    }
    root.set("estates", kept);
    int[] positions = index.stream().mapToInt(Integer::intValue).toArray();
    try {
      return new EstateLocalFacts(json.readFacts(MAPPER.writeValueAsString(root)), rejected, positions, refused);
    } catch (IOException e) {
      throw first;
    } catch (InvalidFactsException e) {
      // Errors the rest still holds: reported with those already found, at their places in the file.
      List<InputError> all = new ArrayList<>(first.errors());
      e.errors().forEach(error -> all.add(remap(error, positions)));
      throw new InvalidFactsException(all);
    }
  }

  /** Puts the results of the sound estates back at their places in the file, among the rejected ones. */
  List<Result<EstateReport>> merge(List<Result<EstateReport>> results) {
    // An id shared with a refused estate is a duplicate the sound part alone cannot see.
    Map<String, Integer> refused = new java.util.HashMap<>();
    rejected.forEach(r -> refused.putIfAbsent(String.valueOf(r.id()), r.index()));
    Map<Integer, Integer> sharing = new java.util.HashMap<>();
    List<Result<EstateReport>> all = new ArrayList<>();
    for (Result<EstateReport> result : results) {
      int at = index[result.index()];
      String id = result.id();
      Integer other = refused.get(String.valueOf(id));
      List<InputError> errors = new ArrayList<>();
      if (other != null) {
        sharing.putIfAbsent(other, at);
        errors.add(duplicate(at, id, other));
      }
      result.errors().forEach(e -> errors.add(remap(e, index)));
      all.add(errors.isEmpty() ? Result.decided(at, id, result.decision()) : Result.rejected(at, id, errors));
    }
    for (Result<EstateReport> r : rejected) {
      Integer other = sharing.get(r.index());
      if (other == null) {
        all.add(r);
      } else {
        List<InputError> errors = new ArrayList<>(r.errors());
        errors.add(0, duplicate(r.index(), r.id(), other));
        all.add(Result.rejected(r.index(), r.id(), errors));
      }
    }
    all.sort(Comparator.comparingInt(Result::index));
    return all;
  }

  /** The duplicate-id errors between a refused estate and a sound one, on both, for a report of errors alone. */
  List<InputError> sharedIds() {
    Map<String, Integer> refused = new java.util.HashMap<>();
    rejected.forEach(r -> refused.putIfAbsent(String.valueOf(r.id()), r.index()));
    List<InputError> errors = new ArrayList<>();
    java.util.Set<Integer> named = new java.util.HashSet<>();
    for (int i = 0; i < facts.estates().size() && !refused.isEmpty(); i++) {
      String id = facts.estates().get(i).id();
      Integer other = refused.get(id);
      if (other != null) {
        errors.add(duplicate(index[i], id, other));
        if (named.add(other)) {
          errors.add(duplicate(other, id, index[i]));
        }
      }
    }
    return errors;
  }

  private static InputError duplicate(int at, String id, int other) {
    return new InputError("/estates/" + at + "/id", "duplicate", "estate id '" + id
        + "' appears more than once (also at /estates/" + other + "); each estate needs its own id");
  }

  /** An error about the sound part, with its pointer naming the estate's place in the file. */
  InputError remap(InputError error) {
    return remap(error, index);
  }

  private static InputError remap(InputError error, int[] index) {
    return new InputError(remap(error.pointer(), index), error.code(), remap(error.message(), index));
  }

  /** The text with every estate pointer in it ({@code /estates/2}) naming the estate's place in the file. */
  private static String remap(String text, int[] index) {
    Matcher m = ANY_ESTATE.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(b, i < index.length ? "/estates/" + index[i] : m.group());
    }
    return m.appendTail(b).toString();
  }

  private static int[] identity(int n) {
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    return index;
  }
}
