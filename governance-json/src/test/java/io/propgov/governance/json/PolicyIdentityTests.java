package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy's identity: the national root's id cannot be borrowed, a resolved policy is named by
 * the hash of its content with its levels and bounds, and an error in a child's value points into
 * the child's document.
 */
class PolicyIdentityTests {

  private static String national() {
    try (InputStream in = GovernanceJson.class.getResourceAsStream("policy/cn-national.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String district(String passLine) {
    return Fixtures.passLineLevel("district", "CN-X", "cn-national", "2019-01-01", passLine, "District rule", "区规定");
  }

  /** A level resolved through its parents, without the engine's check that it is complete. */
  private static ResolvedPolicy resolved(String document) {
    return JSON.parents().resolve(JSON.readLayer(document));
  }

  @Test
  void aDocumentTakingTheNationalIdWithOtherContentIsRefusedAtItsId() {
    String forged = "{\"id\": \"cn-national\", \"jurisdiction\": \"CN\", \"version\": \"2026.1\", \"parameters\": {}}";
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.readLayer(forged));
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("/id", errors.get(0).pointer());
    assertEquals("reserved-id", errors.get(0).code());
    assertTrue(errors.get(0).message().contains("fixed by law"), errors.get(0).message());
  }

  @Test
  void theNationalDocumentItselfIsAcceptedHoweverItIsWritten() {
    PolicyLayer same = JSON.readLayer(JSON.canonical(national()));
    assertEquals(GovernanceJson.NATIONAL, same.id());
    assertTrue(JSON.reservedIds().contains(GovernanceJson.NATIONAL));
  }

  @Test
  void aParentLayerCannotReplaceTheNationalRoot() {
    PolicyLayer national = JSON.parents().layer(GovernanceJson.NATIONAL).orElseThrow();
    PolicyLayer forged = new PolicyLayer(national.policy(), null, List.of());
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.withParents(List.of(forged)));
    assertEquals("reserved-id", e.errors().get(0).code());
    assertEquals(national, JSON.withParents(List.of(national)).parents().layer(GovernanceJson.NATIONAL).orElseThrow());
  }

  @Test
  void reservingAnotherLayerKeepsItsIdFromOtherContent() {
    PolicyLayer district = JSON.readLayer(district("60"));
    GovernanceJson json = JSON.withReservedParents(List.of(district));
    assertEquals("district", json.readLayer(district("60.0")).id()); // 60.0 is 60 in canonical form
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> json.readLayer(district("61")));
    assertEquals("reserved-id", errors.get(0).code(), errors::toString);
  }

  @Test
  void policiesDifferingInOneValueHaveDifferentHashesAndEqualOnesTheSame() {
    ResolvedPolicy a = resolved(district("60"));
    ResolvedPolicy b = resolved(district("61"));
    String hash = JSON.policyHash(a);
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertNotEquals(hash, JSON.policyHash(b));
    assertEquals(hash, JSON.policyHash(resolved(district("60.00"))));
    assertTrue(JSON.writeResolution(a).contains("\"FIXED_BY_LAW\""), "the bounds are part of the identity");
  }

  @Test
  void everyDecisionNamesTheContentHashOfThePolicyItWasMadeUnder() {
    String sixty = Fixtures.cnDefault();
    String other = sixty.replaceFirst("(\"satisfaction.pass-line\"[^\\]]*?\"value\": )60", "$161");
    assertNotEquals(sixty, other, "the test changes one value");
    ResolvedPolicy read = JSON.readResolved(sixty);
    String hash = JSON.policyHash(read);
    assertEquals(hash, read.policy().contentHash());
    assertEquals(hash, read.policy().ref().hash());
    assertEquals(hash, JSON.readPolicy(sixty).ref().hash());
    assertNotEquals(hash, JSON.readPolicy(other).ref().hash(), "same id and version, other content");
    assertEquals(hash, GovernanceEngine.create(read.policy()).assess(Fixtures.dismissingEstate(), java.time.LocalDate
        .of(2024, 12, 31)).policy().hash(), "a decision names the hash");
  }

  @Test
  void aNumberTooLargeToWritePlainlyIsNamedNotExpanded() {
    IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
        IllegalArgumentException.class, () -> JSON.canonical("{\"a\": [1, {\"b~/\": 1e999999999}]}")));
    assertTrue(e.getMessage().startsWith("/a/1/b~0~1: the number 1E+999999999"), e.getMessage());
    assertEquals("{\"a\":0.00001}", JSON.canonical("{\"a\": 1e-5}"));
  }

  @Test
  void anEngineErrorInAChildsValuePointsAtTheValueInTheChildsDocument() {
    // The parent sets the pass line from 2019, so the child's one value is the merged timeline's second.
    String child = Fixtures.passLineLevel("child", "CN-X", "parent", "2024-01-01", "150", "Child rule", "子规定");
    GovernanceJson json = JSON.withParents(List.of(JSON.readLayer(Documents4Tests.edited(Fixtures.cnDefault(),
        root -> root.put("id", "parent")))));
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> json.readResolved(child));
    assertEquals("/parameters/satisfaction.pass-line/0/value", errors.get(0).pointer(), errors::toString);
  }
}
