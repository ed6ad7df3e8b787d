package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovernanceModuleTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final GovernancePolicy POLICY = JSON.readPolicy(Fixtures.cnDefault());
  private static final Decision<EstateAssessment> DECISION =
      GovernanceEngine.create(POLICY).assess(Fixtures.fullEstate(), AS_OF);

  /** A host's mapper as it comes: doubles for decimals, no other settings. */
  private static ObjectMapper plain(Locale locale) {
    return new ObjectMapper().registerModule(new GovernanceModule(locale));
  }

  /** The JSON text without the white space outside strings. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void aDecisionWrittenByAPlainMapperIsTheWritersDocumentInBothLanguages() throws IOException {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String viaModule = plain(locale).writeValueAsString(DECISION);
      assertEquals(compact(JSON.writeDecision(DECISION, locale)), viaModule, locale.toString());
    }
    assertTrue(plain(Locale.SIMPLIFIED_CHINESE).writeValueAsString(DECISION).contains("\"headline\""));
  }

  @Test
  void anIndentingMapperWritesTheSameDocumentWithItsOwnWhiteSpace() throws IOException {
    String pretty = plain(Locale.ENGLISH).enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(DECISION);
    assertTrue(pretty.contains("\n"));
    assertEquals(compact(JSON.writeDecision(DECISION, Locale.ENGLISH)), compact(pretty));
  }

  @Test
  void aDecisionInsideAHostsOwnDocumentIsWrittenInPlace() throws IOException {
    String host = plain(Locale.ENGLISH).writeValueAsString(Map.of("decision", DECISION));
    assertEquals("{\"decision\":" + compact(JSON.writeDecision(DECISION, Locale.ENGLISH)) + "}", host);
    // A tree of it, as a host building a larger document gets it, is the tree of the written text.
    ObjectMapper mapper = plain(Locale.ENGLISH).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    assertEquals(mapper.readTree(JSON.writeDecision(DECISION, Locale.ENGLISH)), mapper.valueToTree(DECISION));
  }

  @Test
  void policiesAndFactsAreWrittenAsTheWritersDoAndReadBack() throws IOException {
    ObjectMapper mapper = plain(Locale.ENGLISH);
    assertEquals(compact(JSON.writePolicy(POLICY)), mapper.writeValueAsString(POLICY));
    Facts facts = new Facts(List.of(Fixtures.fullEstate(), Fixtures.dismissingEstate()), AS_OF);
    String written = mapper.writeValueAsString(facts);
    assertEquals(compact(JSON.writeFacts(facts)), written);
    assertEquals(facts, mapper.readValue(written, Facts.class));
    assertEquals(POLICY, mapper.readValue(mapper.writeValueAsString(POLICY), GovernancePolicy.class));
  }

  @Test
  void factsReadThroughThePlainMapperEqualTheAdaptersReadingDecimalsExact() throws IOException {
    ObjectMapper mapper = plain(Locale.ENGLISH);
    String document = Fixtures.hierarchyFacts();
    Facts expected = JSON.readFacts(document);
    assertEquals(expected, mapper.readValue(document, Facts.class));
    assertEquals(expected.governance(), mapper.readValue(document, GovernanceFacts.class));
    // 1000.50 keeps its scale although the mapper reads decimals as doubles elsewhere.
    String estate = JSON.writeEstateLine(Fixtures.fullEstate());
    assertTrue(estate.contains("1000.50"), estate);
    Estate read = mapper.readValue(estate, Estate.class);
    assertEquals(JSON.readEstate(estate), read);
    assertEquals(Fixtures.fullEstate(), read);
  }

  @Test
  void valuesInsideAHostsOwnDocumentAreReadInPlace() throws IOException {
    ObjectMapper mapper = plain(Locale.ENGLISH);
    String host = "{\"tenant\":\"t1\",\"estates\":[" + JSON.writeEstateLine(Fixtures.fullEstate()) + ","
        + JSON.writeEstateLine(Fixtures.dismissingEstate()) + "],\"after\":1}";
    Map<String, Object> parts = mapper.readValue(host, new TypeReference<Map<String, Object>>() {});
    assertEquals(1, parts.get("after"));
    assertEquals("t1", parts.get("tenant"));
    String byName = "{\"a\":[" + JSON.writeEstateLine(Fixtures.fullEstate()) + "],\"b\":["
        + JSON.writeEstateLine(Fixtures.dismissingEstate()) + "]}";
    Map<String, List<Estate>> typed = mapper.readValue(byName, new TypeReference<Map<String, List<Estate>>>() {});
    assertEquals(Map.of("a", List.of(Fixtures.fullEstate()), "b", List.of(Fixtures.dismissingEstate())), typed);
  }

  @Test
  void badFactsGiveAJacksonExceptionCarryingTheAdaptersErrors() {
    String bad = "{\"estates\": [{\"id\": \"E1\", \"name\": \"n\", \"surveyRounds\": 3}], \"extra\": true}";
    InvalidFactsException direct = assertThrows(InvalidFactsException.class, () -> JSON.readFacts(bad));
    InvalidDocumentException viaModule = assertThrows(InvalidDocumentException.class,
        () -> plain(Locale.ENGLISH).readValue(bad, Facts.class));
    assertInstanceOf(JsonMappingException.class, viaModule);
    assertEquals(direct.errors(), viaModule.errors());
    assertFalse(viaModule.errors().isEmpty());
    assertInstanceOf(InvalidFactsException.class, viaModule.getCause());
    assertTrue(viaModule.errors().stream().anyMatch(e -> e.pointer().equals("/extra")), viaModule.errors().toString());
  }

  @Test
  void aBadPolicyGivesItsErrorsAndDuplicateKeysAreStillFound() {
    String bad = Fixtures.cnDefault().replaceFirst("\\{", "{\"id\": \"twice\", ");
    InvalidPolicyException direct = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(bad));
    InvalidDocumentException viaModule = assertThrows(InvalidDocumentException.class,
        () -> plain(Locale.ENGLISH).readValue(bad, GovernancePolicy.class));
    // The same error, its position counted within the value as re-read (see GovernanceModule).
    assertEquals(direct.errors().size(), viaModule.errors().size());
    assertEquals(direct.errors().get(0).code(), viaModule.errors().get(0).code());
    assertEquals(direct.errors().get(0).pointer(), viaModule.errors().get(0).pointer());
    assertTrue(viaModule.errors().get(0).message().contains("Duplicate field 'id'"), viaModule.errors().toString());
  }

  @Test
  void writersToStreamsGiveTheSameTextInUtf8AndLeaveTheStreamOpen() throws IOException {
    String text = JSON.writeDecision(DECISION, Locale.SIMPLIFIED_CHINESE);
    StringWriter chars = new StringWriter();
    JSON.writeDecision(DECISION, Locale.SIMPLIFIED_CHINESE, chars);
    assertEquals(text, chars.toString());
    Watched bytes = new Watched();
    JSON.writeDecision(DECISION, Locale.SIMPLIFIED_CHINESE, bytes);
    assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
    assertFalse(bytes.closed);
    assertTrue(bytes.flushed);

    Watched policy = new Watched();
    JSON.writePolicy(POLICY, policy);
    assertEquals(JSON.writePolicy(POLICY), policy.toString(StandardCharsets.UTF_8));
    StringWriter facts = new StringWriter();
    Facts f = new Facts(List.of(Fixtures.fullEstate()), AS_OF);
    JSON.writeFacts(f, facts);
    assertEquals(JSON.writeFacts(f), facts.toString());
    Watched results = new Watched();
    var batch = GovernanceEngine.create(POLICY).assessAll(List.of(Fixtures.fullEstate()), AS_OF);
    JSON.writeResults(batch, POLICY, AS_OF, Locale.ENGLISH, results);
    assertEquals(JSON.writeResults(batch, POLICY, AS_OF, Locale.ENGLISH), results.toString(StandardCharsets.UTF_8));
    StringWriter errors = new StringWriter();
    JSON.writeErrors(InvalidDocumentTestData.ERRORS, errors);
    assertEquals(JSON.writeErrors(InvalidDocumentTestData.ERRORS), errors.toString());
  }

  /** Errors to write. */
  private static final class InvalidDocumentTestData {
    static final List<io.propgov.governance.error.InputError> ERRORS =
        List.of(new io.propgov.governance.error.InputError("/estates/0/id", "required", "an id is required"));
  }

  private static final class Watched extends ByteArrayOutputStream {
    boolean closed;
    boolean flushed;

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public void flush() {
      flushed = true;
    }
  }
}
