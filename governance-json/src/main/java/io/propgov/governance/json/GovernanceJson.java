package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.PolicyRegistry;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.money.MoneyAssessment;
import io.propgov.governance.money.MoneyRates;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON adapter: reads policies and facts from JSON documents and writes decisions, batch
 * results and policies as JSON. Immutable and thread-safe; {@link #create()} it once and share it.
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.create();
 * GovernancePolicy policy = json.readPolicy(Path.of("cn-default.json"));
 * Facts facts = json.readFacts(Path.of("estates.json"));
 * GovernanceEngine engine = GovernanceEngine.create(policy);
 * LocalDate asOf = facts.asOfDate().orElse(LocalDate.of(2024, 12, 31));
 * String out = json.writeResults(engine.assessAll(facts.estates(), asOf), policy, asOf, Locale.ENGLISH);
 * }</pre>
 *
 * <p>A policy that sets the organisation parameters ({@code org.levels}, {@code org.escalation},
 * {@code org.calendar}, {@code org.party-thresholds}, {@code org.meetings}) also judges the
 * organisation tree a facts document describes:
 *
 * <pre>{@code
 * List<InputError> errors = engine.validate(facts.hierarchy(), asOf); // pointers such as /units/3/parentId
 * String report = json.writeReport(engine.report(facts.hierarchy(), "community-1", asOf), Locale.SIMPLIFIED_CHINESE);
 * String rates = json.writeRates(engine.rates(facts.hierarchy(), asOf), policy, asOf);
 * }</pre>
 *
 * <p>Every document is checked against its JSON Schema ({@link #schema(String)}) before it is
 * bound, and every problem is reported at once: a read throws an
 * {@link InvalidPolicyException} or {@link InvalidFactsException} whose errors each carry the
 * JSON Pointer of the field at fault, a stable code ({@code syntax}, {@code io}, {@code limit},
 * {@code required}, {@code type}, {@code enum}, {@code minimum}, {@code exclusiveMinimum},
 * {@code additionalProperties}, {@code unknown-parameter}, {@code format}, {@code pattern},
 * {@code constraint}, {@code duplicate}, ...) and a message saying what would be legal, sorted by
 * their place in the document. No Jackson or validator exception escapes a read.
 *
 * <p>Reading is safe with untrusted input: no polymorphic typing, bounded nesting depth and
 * string, number and name lengths, no duplicate keys, nothing after the document, no property
 * a schema does not name. Numbers are kept exact.
 *
 * @since 0.1.0
 */
public final class GovernanceJson {

  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter lineWriter;
  private final Documents documents;
  private final Schemas schemas;
  private final PolicyReader policyReader;
  private final FactsReader factsReader;
  private final PolicyWriter policyWriter;
  private final FactsWriter factsWriter;
  private final DecisionWriter decisionWriter;
  private final PolicyRegistry parents;
  /** The bundled policies whose ids no other content may take, by id. */
  private final Map<String, Reserved> reserved;
  private final SubsidyWriter subsidyWriter;
  private final EstateLineBinder estateBinder;
  private final WrittenReasons writtenReasons;

  private GovernanceJson() {
    mapper = Mappers.create();
    writer = Mappers.prettyWriter(mapper);
    lineWriter = mapper.writer();
    documents = new Documents(mapper);
    schemas = new Schemas(mapper);
    policyReader = new PolicyReader(mapper, schemas);
    factsReader = new FactsReader(schemas);
    policyWriter = new PolicyWriter(mapper);
    factsWriter = new FactsWriter(mapper);
    decisionWriter = new DecisionWriter(mapper);
    parents = PolicyRegistry.empty();
    reserved = Map.of();
    subsidyWriter = new SubsidyWriter(mapper, decisionWriter);
    estateBinder = new EstateLineBinder(documents.quickFactory(), schemas.tree("facts"));
    writtenReasons = new WrittenReasons(lineWriter);
  }

  /** A bundled layer and the hash of its content, which a layer taking its id must match. */
  private record Reserved(PolicyLayer layer, String hash) {}

  /** The same adapter, resolving {@code extends} against other parents and keeping other ids reserved. */
  private GovernanceJson(GovernanceJson base, PolicyRegistry parents, Map<String, Reserved> reserved) {
    mapper = base.mapper;
    writer = base.writer;
    lineWriter = base.lineWriter;
    documents = base.documents;
    schemas = base.schemas;
    policyReader = base.policyReader;
    factsReader = base.factsReader;
    policyWriter = base.policyWriter;
    factsWriter = base.factsWriter;
    decisionWriter = base.decisionWriter;
    subsidyWriter = base.subsidyWriter;
    estateBinder = base.estateBinder;
    writtenReasons = base.writtenReasons;
    this.parents = parents;
    this.reserved = Map.copyOf(reserved);
  }

  /** Holds the shared instance, built on first use, knowing the national root policy and the presets. */
  private static final class Shared {
    static final GovernanceJson INSTANCE = bundled(new GovernanceJson());

    private static GovernanceJson bundled(GovernanceJson bare) {
      List<PolicyLayer> layers = new java.util.ArrayList<>();
      layers.add(read(bare, NATIONAL));
      for (String id : PRESETS) {
        layers.add(read(bare, id));
      }
      return bare.withReservedParents(layers);
    }

    // A class of this module reads the module's own resources, so no package needs opening.
    private static PolicyLayer read(GovernanceJson bare, String id) {
      try (InputStream in = GovernanceJson.class.getResourceAsStream("policy/" + id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("the bundled policy " + id + " is missing from the jar");
        }
        return bare.readLayer(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * The id of the national root policy every adapter knows: {@code cn-national}, the rules of
   * national law and the Party Constitution (Civil Code art. 278 vote thresholds and the
   * matters they apply to, art. 946 notice, Party Constitution art. 30 member counts), each fixed
   * by law for the levels below. Not a complete policy on its own: a city policy
   * {@code "extends": "cn-national"} and adds its own rules.
   */
  public static final String NATIONAL = "cn-national";

  /**
   * The id of the default preset, {@code cn-default}: a complete policy for a model city, built
   * on {@link #NATIONAL}, the one a host uses when it names no other.
   *
   * @since 0.2.0
   */
  public static final String DEFAULT_PRESET = "cn-default";

  /** The bundled presets, default first; each extends {@link #NATIONAL}. */
  private static final List<String> PRESETS = List.of(DEFAULT_PRESET, "wuhan-4", "handan-4", "chuxiong-3",
      "chuxiong-5", "yantai", "lianyungang", "caolu");

  /**
   * Returns the ids of the bundled presets, {@link #DEFAULT_PRESET} first: complete policies
   * modelled on published law and city practice, each extending {@link #NATIONAL} (see each
   * preset's description for its sources; none is an official text). {@link #NATIONAL} itself is
   * not among them, since it is not a complete policy on its own. Every adapter knows the presets
   * as parents, so a policy document may {@code "extends"} one, and holds their ids
   * {@linkplain #reservedIds() reserved}: a document taking a preset's id is refused unless it is
   * that preset, as bundled or, read as a whole policy ({@link #readPolicy(String)},
   * {@link #readResolved(String)}), as {@link #writePolicy} writes it resolved.
   *
   * @return the ids, in a fixed order, never null
   * @since 0.2.0
   */
  public static List<String> presetIds() {
    return PRESETS;
  }

  /**
   * Returns a bundled preset resolved through {@link #NATIONAL}, keeping the level that set each
   * value, and checked as {@link #resolve(PolicyLayer)} checks a layer.
   *
   * <pre>{@code
   * ResolvedPolicy wuhan = GovernanceJson.create().preset("wuhan-4");
   * GovernanceEngine engine = GovernanceEngine.create(wuhan.policy());
   * }</pre>
   *
   * @param id a preset id from {@link #presetIds()}, not null
   * @return the resolved preset, carrying its content hash, never null
   * @throws InvalidPolicyException when there is no preset of that id (code
   *     {@code unknown-preset}, naming the id and listing the presets there are)
   * @since 0.2.0
   */
  public ResolvedPolicy preset(String id) {
    Objects.requireNonNull(id, "id");
    if (!PRESETS.contains(id)) {
      throw new InvalidPolicyException(List.of(new InputError("", "unknown-preset",
          "no preset '" + id + "'; the presets are " + String.join(", ", PRESETS))));
    }
    return resolve(reserved.get(id).layer());
  }

  /**
   * Returns a bundled preset as the flat policy the engine takes: {@link #preset(String)}'s
   * {@link ResolvedPolicy#policy()}.
   *
   * @param id a preset id from {@link #presetIds()}, not null
   * @return the policy, never null
   * @throws InvalidPolicyException when there is no preset of that id, as {@link #preset(String)}
   * @since 0.2.0
   */
  public GovernancePolicy presetPolicy(String id) {
    return preset(id).policy();
  }

  /**
   * Returns the JSON adapter, its schemas compiled and ready. The instance is shared: it holds
   * no state that a call could change.
   *
   * @return the adapter, never null
   */
  public static GovernanceJson create() {
    return Shared.INSTANCE;
  }

  /**
   * Returns the text of one of the JSON Schemas (draft 2020-12) the documents are checked
   * against: {@code policy}, {@code facts} (input) or {@code decision} (output, for hosts; not
   * enforced when writing). The file name ({@code policy.schema.json}) is accepted too.
   *
   * @param name the schema's name, not null
   * @return the schema's text, never null
   * @throws IllegalArgumentException naming the schemas when there is none of that name
   */
  public static String schema(String name) {
    return Schemas.text(Objects.requireNonNull(name, "name"));
  }

  /**
   * Reads a policy document.
   *
   * @param json the document, not null
   * @return the policy, which {@link GovernanceEngine#create} accepts, never null
   * <p>A document that {@code "extends"} a parent is resolved through the {@linkplain #parents()
   * parents this adapter knows}: it inherits what it does not set, and every value it sets must
   * keep to the bounds of the levels above (see {@link PolicyRegistry#resolve(PolicyLayer)}).
   *
   * @throws InvalidPolicyException listing every error: malformed JSON, schema violations,
   *     unknown parameter ids, values the core rejects, an unknown parent or a broken bound,
   *     parameters the engine needs but lacks
   */
  public GovernancePolicy readPolicy(String json) {
    return identified(policyReader.resolve(documents.parse(Objects.requireNonNull(json, "json")), parents,
        this::borrowedWhole)).policy();
  }

  /**
   * Reads a policy document from a file.
   *
   * @param path the file, in UTF-8 (or UTF-16/32), not null
   * @return the policy, never null
   * @throws InvalidPolicyException as {@link #readPolicy(String)} does, and with the code
   *     {@code io} and the path in its message when the file cannot be read
   */
  public GovernancePolicy readPolicy(Path path) {
    return identified(policyReader.resolve(documents.parse(Objects.requireNonNull(path, "path")), parents,
        this::borrowedWhole)).policy();
  }

  /**
   * Reads a policy document from a stream, which is read to its end and left open.
   *
   * @param in the stream, not null
   * @return the policy, never null
   * @throws InvalidPolicyException as {@link #readPolicy(String)} does, and with the code
   *     {@code io} when the stream fails
   */
  public GovernancePolicy readPolicy(InputStream in) {
    return identified(policyReader.resolve(documents.parse(Objects.requireNonNull(in, "in")), parents,
        this::borrowedWhole)).policy();
  }

  /**
   * Reads a policy document as it is written, as one layer: its own values, its parent and its
   * bounds, without resolving it or checking that the engine has every parameter it needs.
   *
   * @param json the document, not null
   * @return the layer, never null
   * @throws InvalidPolicyException listing every error in the document itself
   * @since 0.1.0
   */
  public PolicyLayer readLayer(String json) {
    return policyReader.layer(documents.parse(Objects.requireNonNull(json, "json")), this::borrowed);
  }

  /**
   * Reads a policy document from a file as one layer, as {@link #readLayer(String)} does.
   *
   * @param path the file, not null
   * @return the layer, never null
   * @throws InvalidPolicyException listing every error in the document itself
   * @since 0.1.0
   */
  public PolicyLayer readLayer(Path path) {
    return policyReader.layer(documents.parse(Objects.requireNonNull(path, "path")), this::borrowed);
  }

  /**
   * Reads a policy document from a stream as one layer, as {@link #readLayer(String)} does.
   *
   * @param in the stream, read to its end and left open, not null
   * @return the layer, never null
   * @throws InvalidPolicyException listing every error in the document itself
   * @since 0.1.0
   */
  public PolicyLayer readLayer(InputStream in) {
    return policyReader.layer(documents.parse(Objects.requireNonNull(in, "in")), this::borrowed);
  }

  /**
   * Reads a policy document and resolves it through the parents this adapter knows, keeping the
   * level that set each value.
   *
   * @param json the document, not null
   * @return the resolved policy, whose {@link ResolvedPolicy#policy()} the engine accepts, never null
   * @throws InvalidPolicyException as {@link #readPolicy(String)} does
   * @since 0.1.0
   */
  public ResolvedPolicy readResolved(String json) {
    return identified(policyReader.resolve(documents.parse(Objects.requireNonNull(json, "json")), parents,
        this::borrowedWhole));
  }

  /**
   * Reads a policy file and resolves it, as {@link #readResolved(String)} does.
   *
   * @param path the file, not null
   * @return the resolved policy, never null
   * @throws InvalidPolicyException as {@link #readPolicy(Path)} does
   * @since 0.1.0
   */
  public ResolvedPolicy readResolved(Path path) {
    return identified(policyReader.resolve(documents.parse(Objects.requireNonNull(path, "path")), parents,
        this::borrowedWhole));
  }

  /**
   * Resolves a layer through the parents this adapter knows and checks that the engine accepts
   * the result.
   *
   * @param layer the layer, not null
   * @return the resolved policy, never null
   * @throws InvalidPolicyException listing an unknown parent, every broken bound and every
   *     parameter the engine needs but the resolved policy lacks; an error in a value points at
   *     that value in the document of the level that set it, as {@link #readResolved(String)}'s do
   * @since 0.1.0
   */
  public ResolvedPolicy resolve(PolicyLayer layer) {
    ResolvedPolicy resolved = parents.resolve(Objects.requireNonNull(layer, "layer"));
    List<InputError> errors = GovernanceEngine.check(resolved.policy()).stream()
        .map(error -> PolicyReader.intoLevel(error, resolved, layer, parents)).toList();
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return identified(resolved);
  }

  /** The resolved policy carrying its content hash, so that every decision made under it names it. */
  private ResolvedPolicy identified(ResolvedPolicy resolved) {
    GovernancePolicy policy = resolved.policy().withContentHash(policyHash(resolved));
    return new ResolvedPolicy(policy, resolved.levels(), resolved.origins(), resolved.bounds());
  }

  /**
   * Returns the policies a document may extend: {@link #NATIONAL}, the {@linkplain #presetIds()
   * presets} and those added with {@link #withParents}.
   *
   * @return the registry, never null
   * @since 0.1.0
   */
  public PolicyRegistry parents() {
    return parents;
  }

  /**
   * Returns an adapter that also knows some parent policies (a city's, a district's), replacing
   * any of the same id; this adapter is unchanged. A layer may not take a
   * {@linkplain #reservedIds() reserved id} (such as {@link #NATIONAL}) unless its content is
   * that bundled policy's.
   *
   * @param more the layers to add, not null
   * @return the adapter, never null
   * @throws InvalidPolicyException naming each layer that takes a reserved id with other content
   *     (at {@code /id}, code {@code reserved-id})
   * @since 0.1.0
   */
  public GovernanceJson withParents(List<PolicyLayer> more) {
    PolicyRegistry registry = parents;
    List<InputError> errors = new java.util.ArrayList<>();
    for (PolicyLayer layer : more) {
      InputError error = borrowed(Objects.requireNonNull(layer, "layer"));
      if (error != null) {
        errors.add(error);
      }
      registry = registry.with(layer);
    }
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return new GovernanceJson(this, registry, reserved);
  }

  /**
   * Returns an adapter that also knows some bundled parent policies and holds their ids
   * reserved: from then on a document or layer that takes one of those ids is refused unless its
   * content is that policy's (compared as the canonical JSON of the layer: its values, parent and
   * bounds), so that a file cannot pass itself off as a bundled policy. {@link #NATIONAL} and the
   * {@linkplain #presetIds() presets} are reserved in every adapter. This adapter is unchanged.
   *
   * @param bundled the layers to add and reserve, not null
   * @return the adapter, never null
   * @throws InvalidPolicyException when one of the layers takes an id already reserved or known
   *     as a parent with other content (at {@code /id}, code {@code reserved-id})
   * @since 0.1.0
   */
  public GovernanceJson withReservedParents(List<PolicyLayer> bundled) {
    PolicyRegistry registry = parents;
    Map<String, Reserved> ids = new java.util.HashMap<>(reserved);
    List<InputError> errors = new java.util.ArrayList<>();
    for (PolicyLayer layer : bundled) {
      Reserved held = ids.get(layer.id());
      if (held != null && held.layer() == layer) {
        continue; // the same bundled layer, reserved before
      }
      String hash = layerHash(layer);
      PolicyLayer known = registry.layer(layer.id()).orElse(null);
      if (held != null && !held.hash().equals(hash)) {
        errors.add(borrowedError(held, layer.id(), hash));
      } else if (known != null && known != layer && !layerHash(known).equals(hash)) {
        errors.add(borrowedError(new Reserved(layer, hash), layer.id(), layerHash(known)));
      }
      ids.put(layer.id(), new Reserved(layer, hash));
      registry = registry.with(layer);
    }
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return new GovernanceJson(this, registry, ids);
  }

  /**
   * Returns the ids of the bundled policies this adapter holds reserved: {@link #NATIONAL}, the
   * {@linkplain #presetIds() presets} and those added with {@link #withReservedParents}.
   *
   * @return the ids, never null
   * @since 0.1.0
   */
  public java.util.Set<String> reservedIds() {
    return new java.util.TreeSet<>(reserved.keySet());
  }

  /** What is wrong with a layer that takes a reserved id with other content, or null. */
  private InputError borrowed(PolicyLayer layer) {
    Reserved held = reserved.get(layer.id());
    if (held == null || held.layer() == layer) {
      return null;
    }
    String hash = layerHash(layer);
    return held.hash().equals(hash) ? null : borrowedError(held, layer.id(), hash);
  }

  /**
   * What is wrong with a whole policy document's id, or null: as {@link #borrowed}, but a bundled
   * preset written flat (its resolved values, no parent, no bounds, as {@link #writePolicy} writes
   * it) keeps the preset's id, being the same policy. Only a document read as a whole policy may:
   * as a parent a flat preset would drop the bounds of the levels above it.
   */
  private InputError borrowedWhole(PolicyLayer layer) {
    InputError error = borrowed(layer);
    if (error == null || layer.parent() != null || !layer.bounds().isEmpty()) {
      return error;
    }
    PolicyLayer held = reserved.get(layer.id()).layer();
    if (held.parent() == null) {
      return error;
    }
    try {
      PolicyLayer flat = new PolicyLayer(parents.resolve(held).policy(), null, List.of());
      return layerHash(flat).equals(layerHash(layer)) ? null : error;
    } catch (InvalidPolicyException e) {
      return error;
    }
  }

  private static InputError borrowedError(Reserved held, String id, String otherHash) {
    String what = held.layer().parent() == null
        ? "the national layer, fixed by law, which no policy file can replace; give the policy its own id and"
            + " \"extends\": \"" + id + "\" to build on it"
        : "a bundled policy, which no policy file can pass itself off as; give the policy its own id, and"
            + " \"extends\": \"" + id + "\" to build on it";
    return new InputError("/id", "reserved-id", "the id '" + id + "' belongs to the bundled policy "
        + held.layer().policy().ref() + " (content sha256 " + held.hash().substring(0, 12) + "…), and this policy's"
        + " content differs (sha256 " + otherHash.substring(0, 12) + "…): " + id + " is " + what);
  }

  /** The SHA-256 of a layer's canonical content. */
  private String layerHash(PolicyLayer layer) {
    return hash(writeLine(policyWriter.layer(layer)));
  }

  /**
   * Returns the content hash that names a resolved policy in decisions and receipts: the SHA-256,
   * as 64 lowercase hexadecimal digits, of the {@linkplain #canonical canonical JSON} of
   * {@code {"policy": P, "resolution": R}}, where {@code P} is the flat policy as
   * {@link #writePolicy} writes it and {@code R} as {@link #writeResolution} writes it. Two
   * policies that differ in any value, date, source, level or bound have different hashes.
   *
   * @param resolved the resolved policy, not null
   * @return the hash, never null
   * @since 0.1.0
   */
  public String policyHash(ResolvedPolicy resolved) {
    Objects.requireNonNull(resolved, "resolved");
    ObjectNode identity = mapper.createObjectNode();
    identity.set("policy", policyWriter.write(resolved.policy()));
    identity.set("resolution", policyWriter.resolution(resolved));
    return hash(writeLine(identity));
  }

  /**
   * Writes what a resolved policy is beyond its flat parameters, as pretty-printed JSON:
   * {@code levels} (root first, each with its {@code id} and {@code version}), {@code origins}
   * (for each parameter, the id of the level that set each value of its timeline, in order) and
   * {@code bounds} (each with its {@code parameter}, {@code kind} such as {@code FIXED_BY_LAW},
   * {@code limit} when it has one, {@code source} and the {@code level} that declared it).
   *
   * @param resolved the resolved policy, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeResolution(ResolvedPolicy resolved) {
    return write(policyWriter.resolution(Objects.requireNonNull(resolved, "resolved")));
  }

  /**
   * Reads a facts document: {@code {"asOf": "2024-12-31", "estates": [ ... ]}}, {@code asOf}
   * optional, with the organisation tree when there is one: {@code "units"}, {@code "matters"}
   * and {@code "meetings"}, each optional. Checks that need a policy (a score off the scale, a
   * date before a rule is in force, a level or severity the policy does not define) and checks
   * across objects (a unit's parent, a cycle) are the engine's, when it assesses the estates or
   * {@linkplain GovernanceEngine#validate(io.propgov.governance.org.HierarchyFacts, LocalDate)
   * validates} {@link Facts#hierarchy()}, at this document's pointers.
   *
   * @param json the document, not null
   * @return the facts, never null
   * @throws InvalidFactsException listing every error: malformed JSON, schema violations, values
   *     the core's records reject (each at the pointer of the object being built)
   */
  public Facts readFacts(String json) {
    return factsReader.readFacts(documents.parse(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a facts document from a file.
   *
   * @param path the file, in UTF-8 (or UTF-16/32), not null
   * @return the facts, never null
   * @throws InvalidFactsException as {@link #readFacts(String)} does, and with the code
   *     {@code io} and the path in its message when the file cannot be read
   */
  public Facts readFacts(Path path) {
    return factsReader.readFacts(documents.parse(Objects.requireNonNull(path, "path")));
  }

  /**
   * Reads a facts document from a stream, which is read to its end and left open.
   *
   * @param in the stream, not null
   * @return the facts, never null
   * @throws InvalidFactsException as {@link #readFacts(String)} does, and with the code
   *     {@code io} when the stream fails
   */
  public Facts readFacts(InputStream in) {
    return factsReader.readFacts(documents.parse(Objects.requireNonNull(in, "in")));
  }

  /**
   * Reads one estate object, as found in the {@code estates} array of a facts document (one
   * line of an NDJSON stream, for instance). Error pointers are relative to the estate.
   *
   * @param json the estate object, not null
   * @return the estate, never null
   * @throws InvalidFactsException listing every error
   */
  public Estate readEstate(String json) {
    // The fast road takes plainly sound lines; any other line is read, and its errors found, as always.
    Estate quick = estateBinder.bind(Objects.requireNonNull(json, "json"));
    return quick != null ? quick : factsReader.readEstate(documents.parse(json));
  }

  /**
   * Writes a decision as pretty-printed JSON: {@code policy} (id and version), {@code asOf},
   * the fields of the result in declaration order (nulls left out, dates as ISO strings, exact
   * quantities as fraction strings such as {@code "2/3"}, decimals as plain numbers), the
   * {@code headline}, and the {@code reasons}, each with its {@code rule}, {@code outcome},
   * {@code compared} figures, {@code figures}, {@code citation} and {@code text}. Decisions
   * nested in the result are written the same way without policy and date. The output
   * conforms to {@code decision.schema.json} for the engine's results.
   *
   * @param decision the decision, not null
   * @param locale the language of headlines and reason texts: any {@code zh} locale for
   *     Simplified Chinese, any other for English, not null
   * @return the JSON text, never null
   */
  public String writeDecision(Decision<?> decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    return DecisionStream.write(writer, g -> DecisionStream.decision(g, decision, locale),
        () -> write(decisionWriter.decision(decision, locale)));
  }

  /**
   * Writes the results of a batch as pretty-printed JSON: {@code policy}, {@code asOf}, one
   * entry per estate in order (its {@code index}, {@code estateId} when known ({@link Result#id()})
   * and either its {@code decision}, written as by {@link #writeDecision} without policy and date,
   * or its {@code errors}), and a {@code summary} counting estates, assessed and rejected.
   *
   * @param results the results of {@link GovernanceEngine#assessAll}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   */
  public String writeResults(List<Result<EstateAssessment>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    return write(decisionWriter.results(results, policy.ref(), asOf, locale));
  }

  /**
   * Writes the whole-estate assessments of a batch ({@link GovernanceEngine#assessEstates}) as
   * pretty-printed JSON: {@code policy}, {@code asOf}, one entry under {@code estates} per estate
   * in order (its {@code index}, {@code estateId} when known and either its {@code decision}, written as by
   * {@link #writeDecision} without policy and date, with each area's status and the nested
   * estate, credit and subsidy decisions, or its {@code errors}), and a {@code summary} counting
   * estates, reported and rejected.
   *
   * @param results the results, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeEstateReports(List<Result<EstateReport>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    return write(decisionWriter.estateReports(Objects.requireNonNull(results, "results"),
        Objects.requireNonNull(policy, "policy").ref(), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Writes a unit's report as pretty-printed JSON, as {@link #writeDecision} writes any
   * decision: {@code policy}, {@code asOf}, the report's fields ({@code unitId}, the
   * {@code rates} decision, {@code partyCoverage}, {@code uncovered}, {@code crossAppointment},
   * and the {@code coverage}, {@code crossAppointments}, {@code meetings} and {@code matters}
   * decisions, each nested without policy and date), {@code headline} and {@code reasons}. A
   * ratio is written {@code {"numerator": 3, "denominator": 4, "rate": "0.75"}}, its exact rate
   * left out when the denominator is 0; a figure that is a word (a unit id, a level code) is
   * written as that word. The output conforms to {@code decision.schema.json}.
   *
   * @param report the report of {@link GovernanceEngine#report}, not null
   * @param locale the language of headlines and reason texts: any {@code zh} locale for
   *     Simplified Chinese, any other for English, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeReport(Decision<UnitReport> report, Locale locale) {
    return writeDecision(Objects.requireNonNull(report, "report"), locale);
  }

  /**
   * Writes the rates of every unit as pretty-printed JSON: {@code policy}, {@code asOf} and
   * {@code units}, one entry per unit in the map's order, each with its {@code unitId}, its
   * {@code estates} count and one ratio per rate the policy defines ({@code metrics.rates}), in the
   * policy's order, under the rate's id in lower camel case: the bundled presets' six are
   * {@code coverage}, {@code professionalCoverage}, {@code committeeCoverage},
   * {@code participation}, {@code feeCollection} and {@code ratedSatisfactory}. Ratios are
   * written as by {@link #writeReport}.
   *
   * @param rates the rates of {@link GovernanceEngine#rates}, not null
   * @param policy the policy they were computed under, not null
   * @param asOf the date they speak for, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeRates(Map<String, UnitRates> rates, GovernancePolicy policy, LocalDate asOf) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    return write(decisionWriter.rates(rates, policy.ref(), asOf));
  }

  /**
   * Writes the results of a credit or arrears batch
   * ({@link io.propgov.governance.credit.CreditRules#assessAll},
   * {@link io.propgov.governance.credit.ArrearsRules#assessAll}) as pretty-printed JSON:
   * {@code policy}, {@code asOf}, one entry per record in order (its {@code index}, its {@code id}
   * ({@link Result#id()}, left out when null) and either its {@code decision}, written as by {@link #writeDecision} without policy and date,
   * or its {@code errors}), and a {@code summary} counting records, decided and rejected.
   *
   * @param results the results, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeCreditResults(List<? extends Result<?>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    return write(decisionWriter.batch(results, policy.ref(), asOf, locale));
  }

  /**
   * Writes the decisions on service contracts ({@link GovernanceEngine#contracts}) or on mode votes
   * ({@link GovernanceEngine#modeVotes}) as pretty-printed JSON, in the form of
   * {@link #writeCreditResults}: {@code policy}, {@code asOf}, one entry per item in order (its
   * {@code index}, its {@code id} and either its {@code decision} or its {@code errors}), and a
   * {@code summary}.
   *
   * @param results the results, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.3.0
   */
  public String writeHandover(List<? extends Result<?>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    return writeCreditResults(results, policy, asOf, locale);
  }

  /**
   * Writes the results of an owners' organisation batch
   * ({@link io.propgov.governance.owners.OwnersRules#assessAll}) as pretty-printed JSON, in the
   * form of {@link #writeCreditResults}: one entry per estate in order, its {@code id} the estate's.
   *
   * @param results the results, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.3.0
   */
  public String writeOwnersResults(List<Result<io.propgov.governance.owners.OwnersAssessment>> results,
      GovernancePolicy policy, LocalDate asOf, Locale locale) {
    return writeCreditResults(results, policy, asOf, locale);
  }

  /**
   * Writes each unit's owners' representation coverage
   * ({@link GovernanceEngine#ownersCoverage}) as pretty-printed JSON: {@code policy}, {@code asOf}
   * and {@code units}, one entry per unit in the map's order, each with its {@code unitId} and its
   * {@code decision} (the counts, the {@code represented} ratio with its exact rate, the headline
   * and the reason).
   *
   * @param coverage the coverage by unit, not null
   * @param policy the policy it was judged under, not null
   * @param asOf the date it speaks for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.3.0
   */
  public String writeOwnersCoverage(Map<String, io.propgov.governance.explain.Decision<
      io.propgov.governance.owners.OwnersCoverage>> coverage, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    return write(decisionWriter.ownersCoverage(coverage, policy.ref(), asOf, locale));
  }

  /**
   * Writes the results of a batch of applications as pretty-printed JSON: {@code policy},
   * {@code asOf}, one entry per application in order (its {@code index}, {@code applicationId}
   * when known and either its {@code decision}, written as by {@link #writeDecision} without policy and
   * date, or its {@code errors}), the {@code allocations} of each programme's budget, written
   * the same way, and a {@code summary} counting applications, judged and rejected.
   *
   * @param results the results of {@link GovernanceEngine#awardAll}, not null
   * @param allocations the allocations of {@link GovernanceEngine#allocate}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeSubsidies(List<Result<Award>> results, List<Decision<Allocation>> allocations,
      GovernancePolicy policy, LocalDate asOf, Locale locale) {
    return write(subsidyWriter.subsidies(Objects.requireNonNull(results, "results"),
        Objects.requireNonNull(allocations, "allocations"), Objects.requireNonNull(policy, "policy").ref(),
        Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Writes the results of a batch of cost shares as pretty-printed JSON: {@code policy},
   * {@code asOf}, one entry per cost share in order (its {@code index}, {@code costShareId} when
   * known and either its {@code decision} or its {@code errors}) and a {@code summary}.
   *
   * @param results the results of {@link GovernanceEngine#splitAll}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.1.0
   */
  public String writeCostShares(List<Result<CostSplit>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    return write(subsidyWriter.costShares(Objects.requireNonNull(results, "results"),
        Objects.requireNonNull(policy, "policy").ref(), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Writes the results of a batch of money entries as pretty-printed JSON: {@code policy},
   * {@code asOf}, one entry per estate's money facts in order (its {@code index}, its
   * {@code estateId} when known and either its {@code decision}, written as by
   * {@link #writeDecision} without policy and date, or its {@code errors}) and a {@code summary}.
   *
   * @param results the results of {@link GovernanceEngine#assessMoney}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.3.0
   */
  public String writeMoney(List<Result<MoneyAssessment>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    return write(decisionWriter.money(Objects.requireNonNull(results, "results"),
        Objects.requireNonNull(policy, "policy").ref(), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Writes Wuhan Jiang'an's shares of every unit as pretty-printed JSON: {@code policy},
   * {@code asOf} and {@code units}, one entry per unit in the map's order, each with its
   * {@code unitId} and its {@code decision} (the break-even and fee-collecting ratios with their
   * exact rates, and a reason for each).
   *
   * @param rates the shares of {@link GovernanceEngine#moneyRates}, not null
   * @param policy the policy they were computed under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text, never null
   * @since 0.3.0
   */
  public String writeMoneyRates(Map<String, Decision<MoneyRates>> rates, GovernancePolicy policy, LocalDate asOf,
      Locale locale) {
    return write(decisionWriter.moneyRates(Objects.requireNonNull(rates, "rates"),
        Objects.requireNonNull(policy, "policy").ref(), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Writes a policy as a pretty-printed policy document, such that
   * {@code readPolicy(writePolicy(p)).equals(p)} for every policy the engine accepts (decimals
   * keep their scale; a decimal with a negative scale, such as {@code 6E+1}, is written plainly
   * and reads back as {@code 60}).
   *
   * @param policy the policy, not null
   * @return the JSON text, never null
   */
  public String writePolicy(GovernancePolicy policy) {
    return write(policyWriter.write(Objects.requireNonNull(policy, "policy")));
  }

  /**
   * Writes facts as a pretty-printed facts document, such that
   * {@code readFacts(writeFacts(f)).equals(f)} (decimals keep their scale, as for
   * {@link #writePolicy}). The organisation tree ({@code units}, {@code matters},
   * {@code meetings}) and an estate's organisation fields are written only when set.
   *
   * @param facts the facts, not null
   * @return the JSON text, never null
   */
  public String writeFacts(Facts facts) {
    return write(factsWriter.write(Objects.requireNonNull(facts, "facts")));
  }

  /**
   * Writes errors as a pretty-printed document: {@code {"errors": [{"pointer", "code",
   * "message"}, ...]}}, in the order given.
   *
   * @param errors the errors, not null
   * @return the JSON text, never null
   */
  public String writeErrors(List<InputError> errors) {
    ObjectNode root = mapper.createObjectNode();
    root.set("errors", decisionWriter.errors(Objects.requireNonNull(errors, "errors")));
    return write(root);
  }

  /**
   * Writes one result of a streaming batch as one line of NDJSON: a compact JSON object with no
   * line break, and no line end added. The object holds the input's {@code line} number, the
   * {@code estateId} when known, and either the {@code decision}, written as by
   * {@link #writeDecision} (with its policy and date, so that each line stands alone), or the
   * {@code errors} that kept the line from being judged, each with its JSON Pointer (relative to
   * the line's estate object), code and message.
   *
   * @param line the number of the input line, from 1
   * @param result the result for that line's estate, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text on one line, never null
   * @since 0.1.0
   */
  public String writeResultLine(long line, Result<EstateAssessment> result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    return DecisionStream.write(lineWriter, g -> DecisionStream.resultLine(g, line, result, locale),
        () -> writeLine(lineTree(line, result, locale)));
  }

  /**
   * Writes one whole-estate result of a streaming batch as one line of NDJSON, as
   * {@link #writeResultLine} does: the input's {@code line} number, the {@code estateId} when
   * known, and either the {@code decision} (the estate's report, with its policy and date) or the
   * {@code errors}.
   *
   * @param line the number of the input line, from 1
   * @param result the whole-estate result for that line's estate, not null
   * @param locale the language of headlines and reason texts, not null
   * @return the JSON text on one line, never null
   * @since 0.1.0
   */
  public String writeReportLine(long line, Result<EstateReport> result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    return DecisionStream.write(lineWriter, g -> DecisionStream.resultLine(g, line, result, locale),
        () -> writeLine(lineTree(line, result, locale)));
  }

  /**
   * Appends the UTF-8 bytes of {@link #writeReportLine(long, Result, Locale)}'s text to
   * a buffer, byte for byte what encoding that text would give, without the text in between: for
   * a batch that writes millions of lines, encoding each line's text again cost as much as
   * writing it. No line end is added.
   *
   * @param line the number of the input line, from 1
   * @param result the whole-estate result for that line's estate, not null
   * @param locale the language of headlines and reason texts, not null
   * @param out where the bytes go, not null; on return it holds exactly one more line
   * @since 0.1.0
   */
  public void writeReportLine(long line, Result<EstateReport> result, Locale locale, ByteArrayOutputStream out) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    DecisionStream.writeUtf8(lineWriter, g -> DecisionStream.resultLine(g, line, result, locale),
        () -> writeLine(lineTree(line, result, locale)), out, writtenReasons);
  }

  /**
   * The tree of a result or report line: what {@link #writeResultLine} and
   * {@link #writeReportLine(long, Result, Locale)} write when the stream cannot.
   */
  private ObjectNode lineTree(long line, Result<?> result, Locale locale) {
    ObjectNode node = mapper.createObjectNode();
    node.put("line", line);
    if (result.id() != null) {
      node.put("estateId", result.id());
    }
    if (result.isDecided()) {
      node.set("decision", decisionWriter.decision(result.decision(), locale));
    } else {
      node.set("errors", decisionWriter.errors(result.errors()));
    }
    return node;
  }

  /**
   * Reads one estate object (one line of an NDJSON stream, for instance) and gives it the
   * whole-estate assessment of {@code engine} as of {@code asOf}, the estate alone as its batch
   * (so the areas that need facts from outside the estate, its company's credit record and its
   * applications, are reported as not assessed). The facts' field constraints are checked once,
   * by the engine's validation, where {@code readEstate} followed by the engine checks them twice.
   *
   * <p>The result is the one {@link #readEstate(String)} and
   * {@link GovernanceEngine#assessEstates} give together: an object that cannot be read, or whose
   * fields break a constraint, is rejected with the reading errors {@code readEstate} lists; any
   * other error is the engine's. Every pointer is relative to the estate object. Never throws
   * for bad input.
   *
   * @param engine the engine that judges the estate, not null
   * @param json the estate object, not null
   * @param asOf the date of the assessment, not null
   * @return the estate as read (null when it could not be read) and its result, never null
   * @since 0.3.0
   */
  public AssessedEstate assessEstate(GovernanceEngine engine, String json, LocalDate asOf) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(asOf, "asOf");
    // The fast road binds the shape only: the engine's validation is the one check of the fields.
    Estate quick = estateBinder.read(json);
    Result<EstateReport> judged = quick == null ? null : assessAlone(engine, quick, asOf);
    if (judged != null && judged.isDecided()) {
      return new AssessedEstate(quick, judged);
    }
    // Rejected or not bound: the usual read tells the errors of the object itself as it always has.
    Estate estate;
    try {
      estate = factsReader.readEstate(documents.parse(json));
    } catch (InvalidFactsException e) {
      return new AssessedEstate(null, Result.rejected(0, null, e.errors()));
    }
    return new AssessedEstate(estate, judged != null ? judged : assessAlone(engine, estate, asOf));
  }

  /** The estate's whole-estate result as a batch of one, its error pointers relative to the estate. */
  private static Result<EstateReport> assessAlone(GovernanceEngine engine, Estate estate, LocalDate asOf) {
    Result<EstateReport> result = engine.assessEstates(io.propgov.governance.engine.GovernanceFacts.of(
        List.of(estate)), asOf).get(0);
    if (result.isDecided()) {
      return result;
    }
    return Result.rejected(0, result.id(), result.errors().stream().map(GovernanceJson::relative).toList());
  }

  /** An error of a batch of one estate, with its pointer relative to the estate. */
  private static InputError relative(InputError error) {
    String prefix = "/estates/0";
    return error.pointer().startsWith(prefix)
        ? new InputError(error.pointer().substring(prefix.length()), error.code(), error.message()) : error;
  }

  /** Reads an estate the usual way, never by the fast road; for tests. */
  Estate readEstateUsually(String json) {
    return factsReader.readEstate(documents.parse(json));
  }

  /** Writes through the tree; for tests, which hold the stream to its bytes. */
  String writeDecisionTree(Decision<?> decision, Locale locale) {
    return write(decisionWriter.decision(decision, locale));
  }

  /** Writes through the tree; for tests. */
  String writeResultLineTree(long line, Result<EstateAssessment> result, Locale locale) {
    return writeLine(lineTree(line, result, locale));
  }

  /**
   * Writes an estate as one line of NDJSON, in the form {@link #readEstate} reads back to an
   * equal estate: a compact JSON object with no line break, and no line end added.
   *
   * @param estate the estate, not null
   * @return the JSON text on one line, never null
   * @since 0.1.0
   */
  public String writeEstateLine(Estate estate) {
    return writeLine(factsWriter.estate(Objects.requireNonNull(estate, "estate")));
  }

  /**
   * Writes a decision to a character stream, as {@link #writeDecision(Decision, Locale)} returns
   * it. The stream is flushed and left open.
   *
   * @param decision the decision, not null
   * @param locale the language of headlines and reason texts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeDecision(Decision<?> decision, Locale locale, Writer out) throws IOException {
    send(writeDecision(decision, locale), out);
  }

  /**
   * Writes a decision to a byte stream in UTF-8, as {@link #writeDecision(Decision, Locale)}
   * returns it. The stream is flushed and left open.
   *
   * @param decision the decision, not null
   * @param locale the language of headlines and reason texts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeDecision(Decision<?> decision, Locale locale, OutputStream out) throws IOException {
    send(writeDecision(decision, locale), out);
  }

  /**
   * Writes the results of a batch to a character stream, as
   * {@link #writeResults(List, GovernancePolicy, LocalDate, Locale)} returns them. The stream is
   * flushed and left open.
   *
   * @param results the results of {@link GovernanceEngine#assessAll}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeResults(List<Result<EstateAssessment>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale, Writer out) throws IOException {
    send(writeResults(results, policy, asOf, locale), out);
  }

  /**
   * Writes the results of a batch to a byte stream in UTF-8, as
   * {@link #writeResults(List, GovernancePolicy, LocalDate, Locale)} returns them. The stream is
   * flushed and left open.
   *
   * @param results the results of {@link GovernanceEngine#assessAll}, not null
   * @param policy the policy they were made under, not null
   * @param asOf the date they speak for, not null
   * @param locale the language of headlines and reason texts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeResults(List<Result<EstateAssessment>> results, GovernancePolicy policy, LocalDate asOf,
      Locale locale, OutputStream out) throws IOException {
    send(writeResults(results, policy, asOf, locale), out);
  }

  /**
   * Writes a policy document to a character stream, as {@link #writePolicy(GovernancePolicy)}
   * returns it. The stream is flushed and left open.
   *
   * @param policy the policy, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writePolicy(GovernancePolicy policy, Writer out) throws IOException {
    send(writePolicy(policy), out);
  }

  /**
   * Writes a policy document to a byte stream in UTF-8, as {@link #writePolicy(GovernancePolicy)}
   * returns it. The stream is flushed and left open.
   *
   * @param policy the policy, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writePolicy(GovernancePolicy policy, OutputStream out) throws IOException {
    send(writePolicy(policy), out);
  }

  /**
   * Writes a facts document to a character stream, as {@link #writeFacts(Facts)} returns it.
   * The stream is flushed and left open.
   *
   * @param facts the facts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeFacts(Facts facts, Writer out) throws IOException {
    send(writeFacts(facts), out);
  }

  /**
   * Writes a facts document to a byte stream in UTF-8, as {@link #writeFacts(Facts)} returns
   * it. The stream is flushed and left open.
   *
   * @param facts the facts, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeFacts(Facts facts, OutputStream out) throws IOException {
    send(writeFacts(facts), out);
  }

  /**
   * Writes errors to a character stream, as {@link #writeErrors(List)} returns them. The stream
   * is flushed and left open.
   *
   * @param errors the errors, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeErrors(List<InputError> errors, Writer out) throws IOException {
    send(writeErrors(errors), out);
  }

  /**
   * Writes errors to a byte stream in UTF-8, as {@link #writeErrors(List)} returns them. The
   * stream is flushed and left open.
   *
   * @param errors the errors, not null
   * @param out where to write, not null
   * @throws IOException when the stream fails
   * @since 0.2.0
   */
  public void writeErrors(List<InputError> errors, OutputStream out) throws IOException {
    send(writeErrors(errors), out);
  }

  private static void send(String text, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(text);
    out.flush();
  }

  private static void send(String text, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The decision as {@link #writeDecision(Decision, Locale)} writes it, on one line (GovernanceModule). */
  String decisionLine(Decision<?> decision, Locale locale) {
    return DecisionStream.write(lineWriter, g -> DecisionStream.decision(g, decision, locale),
        () -> writeLine(decisionWriter.decision(decision, locale)));
  }

  /** The policy as {@link #writePolicy(GovernancePolicy)} writes it, on one line (GovernanceModule). */
  String policyLine(GovernancePolicy policy) {
    return writeLine(policyWriter.write(policy));
  }

  /** The facts as {@link #writeFacts(Facts)} writes them, on one line (GovernanceModule). */
  String factsLine(Facts facts) {
    return writeLine(factsWriter.write(facts));
  }

  private String writeLine(JsonNode node) {
    try {
      return lineWriter.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the document as JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Writes a JSON document in canonical form, so that two documents with the same content give
   * the same text, byte for byte, and a hash of it can be checked in any language: members
   * sorted by key (UTF-16 code units), no white space outside strings, strings escaping only
   * {@code "}, {@code \\} and control characters, numbers exact in plain decimal form (no
   * exponent, no leading plus or zeros, no trailing fraction zeros, {@code -0} as {@code 0}).
   * Modelled on RFC 8785 (JCS), which it matches but for numbers beyond a double's precision,
   * kept exact here.
   *
   * @param json a JSON document, not null
   * @return the canonical text, never null
   * @throws IllegalArgumentException when the text is not one JSON document, or holds a number
   *     with more than 1000 digits before or after the decimal point when written plainly (such as
   *     {@code 1e999999999}; the message names its JSON Pointer)
   * @since 0.1.0
   */
  public String canonical(String json) {
    Documents.Parsed parsed = documents.parse(Objects.requireNonNull(json, "json"));
    if (parsed.error() != null) {
      throw new IllegalArgumentException("not a JSON document: " + parsed.error().message());
    }
    return Canonical.write(parsed.root());
  }

  /**
   * Returns the SHA-256 of a JSON document's {@linkplain #canonical canonical form}, in UTF-8,
   * as 64 lowercase hexadecimal digits.
   *
   * @param json a JSON document, not null
   * @return the hash, never null
   * @throws IllegalArgumentException when the text is not one JSON document
   * @since 0.1.0
   */
  public String hash(String json) {
    return Canonical.sha256(canonical(json));
  }

  /** Checks a written decision against decision.schema.json; for tests. */
  List<InputError> validateDecision(String json) {
    return schemas.validateDecision(documents.parse(json).root());
  }

  private String write(JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // Only a decimal whose scale Jackson refuses to write plainly (beyond 9999 places) gets here.
      throw new IllegalArgumentException("cannot write the document as JSON: " + e.getOriginalMessage());
    }
  }
}
