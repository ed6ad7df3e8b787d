package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static io.propgov.governance.testing.Generators.anyLong;
import static io.propgov.governance.testing.Generators.creditEvent;
import static io.propgov.governance.testing.Generators.creditRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.engine.GovernanceEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the credit rules that hold for any record. */
class CreditProperties {

  private static final CreditRules RULES = GovernanceEngine.create(YANTAI).credit();
  private static final CreditRules NO_REPAIR = GovernanceEngine.create(CreditFixtures.yantaiWith(
      CreditParameters.BLACKLIST, new BlacklistTerms(3, 24, null, false))).credit();
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final List<String> CODES = CreditFixtures.CATALOGUE.types().stream().map(CreditEventType::code)
      .toList();

  private static Gen<List<CreditEvent>> records() {
    return creditRecord(CODES, FIRST, AS_OF);
  }

  private static Gen<CreditEvent> goodRecords() {
    return creditEvent("extra", List.of("basic", "award-city", "award-province", "party-organisation"), FIRST, AS_OF);
  }

  private static Gen<CreditEvent> badRecords() {
    return creditEvent("extra", List.of("complaint", "rectification", "serious"), FIRST, AS_OF);
  }

  private static BigDecimal score(List<CreditEvent> events) {
    return RULES.assess(new CompanyRecord("K", "", events), AS_OF).value().score();
  }

  private static List<CreditEvent> with(List<CreditEvent> events, CreditEvent extra) {
    List<CreditEvent> all = new ArrayList<>(events);
    all.add(extra);
    return all;
  }

  @Test
  void addingAGoodRecordNeverLowersTheScore() {
    qt().withExamples(300).forAll(records(), goodRecords()).checkAssert((events, good) -> {
      BigDecimal before = score(events);
      BigDecimal after = score(with(events, good));
      assertTrue(after.compareTo(before) >= 0, before + " became " + after);
    });
  }

  @Test
  void addingABadRecordNeverRaisesTheScore() {
    qt().withExamples(300).forAll(records(), badRecords()).checkAssert((events, bad) -> {
      BigDecimal before = score(events);
      BigDecimal after = score(with(events, bad));
      assertTrue(after.compareTo(before) <= 0, before + " became " + after);
    });
  }

  @Test
  void theBlacklistStatusDoesNotDependOnTheOrderOfEvents() {
    qt().withExamples(300).forAll(records(), anyLong()).checkAssert((events, seed) -> {
      List<CreditEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(seed));

      assertEquals(RULES.blacklist(new CompanyRecord("K", "", events), AS_OF).value(),
          RULES.blacklist(new CompanyRecord("K", "", shuffled), AS_OF).value());
    });
  }

  @Test
  void aListingNeverEndsBeforeItsTermWithoutRepair() {
    qt().withExamples(300).forAll(records()).checkAssert(CreditProperties::noListingEndsEarlyUnrepaired);
  }

  private static void noListingEndsEarlyUnrepaired(List<CreditEvent> events) {
    for (Listing listing : NO_REPAIR.blacklist(new CompanyRecord("K", "", events), AS_OF).value().history()) {
      assertTrue(!listing.endsOn().isBefore(listing.since().plusMonths(24)), listing::toString);
    }
    for (Listing listing : RULES.blacklist(new CompanyRecord("K", "", events), AS_OF).value().history()) {
      assertTrue(listing.end() == ListingEnd.REPAIRED || !listing.endsOn().isBefore(listing.since().plusMonths(24)),
          listing::toString);
    }
  }
}
