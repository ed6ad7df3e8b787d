package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the credit rules that hold for any record. */
class CreditProperties {

  private static final CreditRules RULES = GovernanceEngine.create(YANTAI).credit();
  private static final CreditRules NO_REPAIR = GovernanceEngine.create(CreditFixtures.yantaiWith(
      CreditParameters.BLACKLIST, new BlacklistRules(3, 24, null, false))).credit();
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final List<String> CODES = CreditFixtures.CATALOGUE.types().stream().map(CreditEventType::code)
      .toList();

  /** An event without an id yet: the record gives ids by position. */
  private record Draft(String code, LocalDate date, BigDecimal points, Integer correctedAfter) {}

  @Provide
  Arbitrary<List<CreditEvent>> records() {
    Arbitrary<Draft> drafts = Combinators.combine(Arbitraries.of(CODES),
        Arbitraries.integers().between(0, (int) (AS_OF.toEpochDay() - FIRST.toEpochDay())).map(FIRST::plusDays),
        Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf).injectNull(0.5),
        Arbitraries.integers().between(0, 400).injectNull(0.4)).as(Draft::new);
    return drafts.list().ofMaxSize(25).map(list -> {
      List<CreditEvent> events = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Draft d = list.get(i);
        events.add(new CreditEvent("e" + i, d.code(), d.date(), d.points(),
            d.correctedAfter() == null ? null : d.date().plusDays(d.correctedAfter())));
      }
      return events;
    });
  }

  @Provide
  Arbitrary<CreditEvent> goodRecords() {
    return extra(List.of("basic", "award-city", "award-province", "party-organisation"));
  }

  @Provide
  Arbitrary<CreditEvent> badRecords() {
    return extra(List.of("complaint", "rectification", "serious"));
  }

  private Arbitrary<CreditEvent> extra(List<String> codes) {
    return Combinators.combine(Arbitraries.of(codes),
        Arbitraries.integers().between(0, (int) (AS_OF.toEpochDay() - FIRST.toEpochDay())).map(FIRST::plusDays),
        Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf).injectNull(0.5))
        .as((code, date, points) -> new CreditEvent("extra", code, date, points, null));
  }

  private static BigDecimal score(List<CreditEvent> events) {
    return RULES.assess(new CompanyRecord("K", "", events), AS_OF).value().score();
  }

  private static List<CreditEvent> with(List<CreditEvent> events, CreditEvent extra) {
    List<CreditEvent> all = new ArrayList<>(events);
    all.add(extra);
    return all;
  }

  @Property(tries = 300)
  void addingAGoodRecordNeverLowersTheScore(@ForAll("records") List<CreditEvent> events,
      @ForAll("goodRecords") CreditEvent good) {
    assertTrue(score(with(events, good)).compareTo(score(events)) >= 0);
  }

  @Property(tries = 300)
  void addingABadRecordNeverRaisesTheScore(@ForAll("records") List<CreditEvent> events,
      @ForAll("badRecords") CreditEvent bad) {
    assertTrue(score(with(events, bad)).compareTo(score(events)) <= 0);
  }

  @Property(tries = 300)
  void theBlacklistStatusDoesNotDependOnTheOrderOfEvents(@ForAll("records") List<CreditEvent> events,
      @ForAll long seed) {
    List<CreditEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));

    assertEquals(RULES.blacklist(new CompanyRecord("K", "", events), AS_OF).value(),
        RULES.blacklist(new CompanyRecord("K", "", shuffled), AS_OF).value());
  }

  @Property(tries = 300)
  void aListingNeverEndsBeforeItsTermWithoutRepair(@ForAll("records") List<CreditEvent> events) {
    for (Listing listing : NO_REPAIR.blacklist(new CompanyRecord("K", "", events), AS_OF).value().history()) {
      assertTrue(!listing.endsOn().isBefore(listing.since().plusMonths(24)), listing::toString);
    }
    for (Listing listing : RULES.blacklist(new CompanyRecord("K", "", events), AS_OF).value().history()) {
      assertTrue(listing.end() == ListingEnd.REPAIRED || !listing.endsOn().isBefore(listing.since().plusMonths(24)),
          listing::toString);
    }
  }
}
