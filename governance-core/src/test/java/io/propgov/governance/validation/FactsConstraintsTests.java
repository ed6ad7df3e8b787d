package io.propgov.governance.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.propgov.governance.Fixtures;
import io.propgov.governance.constraint.NotBefore;
import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.HouseholdBuilder;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.EstateBuilder;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Label;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.money.CommonIncome;
import io.propgov.governance.money.Disclosure;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.FundAccount;
import io.propgov.governance.money.FundUse;
import io.propgov.governance.money.IncomeKind;
import io.propgov.governance.money.Ledger;
import io.propgov.governance.money.MaintenanceFund;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.owners.CommitteeMember;
import io.propgov.governance.owners.Delivery;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.owners.OwnersCommittee;
import io.propgov.governance.owners.PropertyManagementCommittee;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.HouseholdArea;
import io.propgov.governance.subsidy.SafetyIncident;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The field constraints of facts built in Java: both executors, the engine, the builders. */
class FactsConstraintsTests {

  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  @Nested
  class BothExecutors {

    @Test
    void giveTheSameErrorsForFactsWithViolationsAnywhere() {
      qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
        GovernanceFacts facts = new Chaos(new Random(seed)).facts();
        List<InputError> fast = FactsConstraints.fast().check(facts, "/doc");
        assertEquals(FactsConstraints.beanValidation().check(facts, "/doc"), fast, "seed " + seed);
      });
    }

    @Test
    void everyConstrainedComponentIsViolatedBySomeExample() {
      TreeSet<String> seen = new TreeSet<>();
      for (long seed = 0; seed < 2000; seed++) {
        for (InputError e : FactsConstraints.fast().check(new Chaos(new Random(seed)).facts(), "")) {
          String[] tokens = e.pointer().split("/");
          String last = tokens[tokens.length - 1];
          boolean element = last.matches("[0-9]+");
          seen.add((element ? tokens[tokens.length - 2] + "[]" : last) + ":" + e.code());
        }
      }
      TreeSet<String> expected = new TreeSet<>();
      FastConstraints.DECLARED.values().forEach(list -> list.stream().filter(c -> !c.endsWith(":Valid"))
          .map(FactsConstraintsTests::expectedError).forEach(expected::add));
      expected.removeAll(seen);
      assertEquals(new TreeSet<>(), expected, "declared constraints the generator never broke");
    }

    @Test
    void validFactsPassBothAndComeBackAsValid() {
      Estate estate = Chaos.valid().estate();
      assertEquals(List.of(), FactsConstraints.beanValidation().check(estate, ""));
      assertSame(estate, FactsConstraints.fast().validate(estate, "").get());
      assertTrue(FactsConstraints.beanValidation().validate(estate.withId(" "), "").isInvalid());
    }

    @Test
    void speakChineseAlikeWithTheSamePointersAndCodes() {
      qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
        GovernanceFacts facts = new Chaos(new Random(seed)).facts();
        List<InputError> zh = FactsConstraints.fast().check(facts, "", Locale.SIMPLIFIED_CHINESE);
        assertEquals(FactsConstraints.beanValidation().check(facts, "", Locale.SIMPLIFIED_CHINESE), zh);
        List<InputError> en = FactsConstraints.fast().check(facts, "");
        assertEquals(en.stream().map(e -> e.pointer() + " " + e.code()).toList(),
            zh.stream().map(e -> e.pointer() + " " + e.code()).toList());
      });
      Estate estate = Estate.builder().households(-1).build();
      assertEquals(List.of(new InputError("/households", "minimum", "不得小于 0，实为 -1"),
          new InputError("/id", "required", "缺少必填字段“id”")),
          FactsConstraints.fast().check(estate, "", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anObjectThatIsNoFactsTypeIsRefused() {
      assertThrows(IllegalArgumentException.class, () -> FactsConstraints.fast().check("text", ""));
      assertThrows(IllegalArgumentException.class, () -> FactsConstraints.beanValidation().check("text", ""));
    }
  }

  @Nested
  class TheFastPathKnowsEveryAnnotation {

    @Test
    void itDeclaresExactlyTheConstraintsOnTheRecordComponents() throws Exception {
      for (Map.Entry<Class<?>, List<String>> type : FastConstraints.DECLARED.entrySet()) {
        List<String> annotated = new ArrayList<>();
        for (RecordComponent component : type.getKey().getRecordComponents()) {
          Field field = type.getKey().getDeclaredField(component.getName());
          for (Annotation a : field.getAnnotations()) {
            annotated.add(component.getName() + ":" + describe(a));
          }
          if (field.getAnnotatedType() instanceof AnnotatedParameterizedType p) {
            for (Annotation a : p.getAnnotatedActualTypeArguments()[0].getAnnotations()) {
              annotated.add(component.getName() + "[]:" + describe(a));
            }
          }
        }
        NotBefore order = type.getKey().getAnnotation(NotBefore.class);
        if (order != null) {
          annotated.add(order.value() + ":NotBefore(" + order.than() + ")");
        }
        assertEquals(new TreeSet<>(type.getValue()), new TreeSet<>(annotated), type.getKey().getSimpleName());
      }
    }

    @Test
    void everyFactsTypeWithABuilderIsDeclared() {
      for (Class<?> type : List.of(Estate.class, PropertyCompany.class, PartyStatus.class, SurveyRound.class,
          OwnersVote.class, ServiceProfile.class, CoManagementAgreement.class, CreditEvent.class, Household.class,
          StepTaken.class, Application.class, CostShare.class, OrgUnit.class, ResidentMatter.class,
          EstateMoney.class, Disclosure.class, FeeLine.class, FundAccount.class, FundUse.class, CommonIncome.class,
          EstateOwners.class,
          io.propgov.governance.contract.ServiceContract.class, io.propgov.governance.mode.ModeVote.class,
          GovernanceFacts.class, io.propgov.governance.org.HierarchyFacts.class,
          io.propgov.governance.workorder.WorkOrder.class, io.propgov.governance.workorder.WorkOrderFacts.class)) {
        assertTrue(FastConstraints.DECLARED.containsKey(type), type.getName());
      }
    }

    private String describe(Annotation a) {
      if (a instanceof Min m) {
        return "Min(" + m.value() + ")";
      }
      if (a instanceof Max m) {
        return "Max(" + m.value() + ")";
      }
      if (a instanceof DecimalMin m) {
        return "DecimalMin(" + m.value() + (m.inclusive() ? "" : ",exclusive") + ")";
      }
      if (a instanceof Size s) {
        return "Size(" + s.min() + ")";
      }
      if (a instanceof NotNull || a instanceof Valid || a instanceof NotBlankText || a instanceof WholeFen) {
        return a.annotationType().getSimpleName();
      }
      return "unknown " + a;
    }
  }

  @Nested
  class DatesInOrder {

    @Test
    void aCorrectionBeforeTheEventIsAnErrorAtCorrectedOnNotAThrow() {
      CreditEvent event = CreditEvent.builder().id("s").code("serious-violation").date(DAY)
          .correctedOn(DAY.minusDays(1)).build();
      List<InputError> expected = List.of(new InputError("/correctedOn", "notBefore",
          "must not be before 'date' (2024-06-30), was 2024-06-29"));
      assertEquals(expected, FactsConstraints.fast().check(event, ""));
      assertEquals(expected, FactsConstraints.beanValidation().check(event, ""));
      assertEquals(List.of(), FactsConstraints.fast().check(event.withCorrectedOn(DAY), ""), "the same day is allowed");
    }

    @Test
    void aMatterResolvedBeforeItWasRaisedIsAnErrorAtResolvedOnInBothLanguages() {
      ResidentMatter matter = ResidentMatter.builder().id("m1").raisedAt("u1").severity("small").raisedOn(DAY)
          .resolvedOn(DAY.minusDays(2)).build();
      List<InputError> zh = List.of(new InputError("/resolvedOn", "notBefore", "不得早于“raisedOn”（2024-06-30），实为 2024-06-28"));
      assertEquals(zh, FactsConstraints.fast().check(matter, "", Locale.SIMPLIFIED_CHINESE));
      assertEquals(zh, FactsConstraints.beanValidation().check(matter, "", Locale.SIMPLIFIED_CHINESE));
      assertEquals(List.of(), FactsConstraints.fast().check(matter.withResolvedOn(null), ""));
    }
  }

  @Nested
  class TheEngine {

    @Test
    void reportsFiveErrorsInFivePlacesInOneCall() {
      Estate estate = Estate.builder().id(" ").households(-5)
          .addSurveyRounds(new SurveyRound("2024-H1", null, 10, List.of()))
          .addVotes(new OwnersVote("v1", Matter.HIRE_COMPANY, DAY, 10, BigDecimal.TEN,
              List.of(new Ballot("o1", new BigDecimal("-3"), BallotChoice.FOR)), null))
          .addVotes(new OwnersVote(null, Matter.HIRE_COMPANY, DAY, 10, BigDecimal.TEN, List.of(), null))
          .build();

      List<InputError> errors = io.propgov.governance.area.Valid.errors(
          GovernanceEngine.create(Fixtures.CN_DEFAULT).validate(estate, "", DAY));

      assertEquals(List.of(
          new InputError("/households", "minimum", "must be at least 0, was -5"),
          new InputError("/id", "minLength", "must not be blank"),
          new InputError("/surveyRounds/0/date", "required", "'date' is required"),
          new InputError("/votes/0/ballots/0/area", "exclusiveMinimum", "must be greater than 0, was -3"),
          new InputError("/votes/1/id", "required", "'id' is required")), errors);
    }
  }

  @Nested
  class TheWholeEstateRun {

    @Test
    void rejectsNullsAndMissingIdsAsErrorsNeverAsExceptions() {
      GovernanceEngine engine = GovernanceEngine.create(io.propgov.governance.WholeFixtures.ALL_AREAS);
      List<Estate> estates = new ArrayList<>();
      estates.add(null);
      estates.add(Estate.builder().build());
      estates.add(Estate.builder().build());
      estates.add(io.propgov.governance.WholeFixtures.estate("E1", null));
      List<CompanyRecord> companies = new ArrayList<>();
      companies.add(null);
      companies.add(new CompanyRecord(null, "", List.of()));
      List<Application> applications = new ArrayList<>();
      applications.add(Application.builder().build());
      GovernanceFacts facts = GovernanceFacts.builder().estates(estates).companies(companies)
          .applications(applications).build();

      var results = engine.assessEstates(facts, io.propgov.governance.WholeFixtures.AS_OF);

      assertEquals(4, results.size());
      assertEquals(List.of(new InputError("/estates/0", "required", "must not be null; leave the item out of the list"
          + " instead")), results.get(0).errors());
      assertEquals(List.of(new InputError("/estates/1/id", "required", "'id' is required")),
          results.get(1).errors());
      var all = engine.assessAll(estates, io.propgov.governance.WholeFixtures.AS_OF);
      assertEquals(4, all.size());
      assertTrue(!all.get(0).isDecided());
      assertTrue(all.get(3).isDecided(), all.get(3).toString());
    }
  }

  @Nested
  class Builders {

    @Test
    void roundTripWithCopiesAndAdders() {
      Estate estate = Chaos.valid().estate();
      assertEquals(estate, Estate.builder().from(estate).build());
      assertEquals(estate, new EstateBuilder().from(estate).build());
      Estate renamed = estate.withName("Renamed").withHouseholds(7);
      assertEquals("Renamed", renamed.name());
      assertEquals(7, renamed.households());
      assertEquals(estate.surveyRounds(), renamed.surveyRounds());
      assertNotEquals(estate, renamed);
      Household h = Household.builder().id("H1").addArrears(new MonthlyArrears(YearMonth.of(2024, 1), BigDecimal.TEN))
          .addPlanned(ArrearsAction.REMINDER).build();
      assertEquals(h, new HouseholdBuilder().from(h).build());
      assertEquals(List.of(ArrearsAction.REMINDER), h.planned());
      assertEquals(List.of(), h.steps());
    }

    @Test
    void theReadmeExampleGivesTheErrorsItShows() {
      Estate estate = Estate.builder()
          .id("lakeside")
          .households(-5)
          .addSurveyRounds(new SurveyRound("2024-H1", null, 120, List.of()))
          .addVotes(OwnersVote.builder().matter(Matter.HIRE_COMPANY).date(DAY).totalOwners(80)
              .totalArea(new BigDecimal("8000")).build())
          .build();

      assertEquals("[/households: must be at least 0, was -5, /surveyRounds/0/date: 'date' is required,"
          + " /votes/0/id: 'id' is required]", FactsConstraints.fast().check(estate, "").toString());
      assertEquals(FactsConstraints.fast().check(estate, ""), io.propgov.governance.area.Valid.errors(
          GovernanceEngine.create(Fixtures.CN_DEFAULT).validate(estate, "", DAY)));
      assertEquals("/households: 不得小于 0，实为 -5",
          FactsConstraints.fast().check(estate, "", Locale.SIMPLIFIED_CHINESE).get(0).toString());
    }

    @Test
    void leaveOptionalFieldsNullOrEmptyAndNeverThrow() {
      Estate empty = Estate.builder().build();
      assertNull(empty.id());
      assertEquals("", empty.name());
      assertEquals(List.of(), empty.surveyRounds());
      assertNull(empty.company());
      assertEquals(0, empty.households());
      assertEquals(List.of(new InputError("/id", "required", "'id' is required")),
          FactsConstraints.fast().check(empty, ""));
      OwnersVote vote = OwnersVote.builder().addBallots((Ballot) null).build();
      assertEquals(Collections.singletonList(null), vote.ballots());
      assertEquals(FactsConstraints.beanValidation().check(vote, ""), FactsConstraints.fast().check(vote, ""));
    }
  }

  /** The component and code a declared constraint's violation is reported with. */
  private static String expectedError(String declared) {
    String component = declared.substring(0, declared.indexOf(':'));
    String constraint = declared.substring(declared.indexOf(':') + 1);
    String code = constraint.equals("NotNull") ? "required"
        : constraint.equals("NotBlankText") ? "minLength"
        : constraint.startsWith("Min") || constraint.equals("DecimalMin(0)") ? "minimum"
        : constraint.startsWith("Max") ? "maximum"
        : constraint.startsWith("DecimalMin") ? "exclusiveMinimum"
        : constraint.equals("WholeFen") ? "multipleOf"
        : constraint.startsWith("Size") ? "minItems"
        : constraint.startsWith("NotBefore") ? "notBefore" : constraint;
    return component + ":" + code;
  }

  /** Facts with each field valid or, now and then, violating its constraint. */
  static final class Chaos {

    private final Random random;
    private final int odds;

    Chaos(Random random) {
      this(random, 12);
    }

    private Chaos(Random random, int odds) {
      this.random = random;
      this.odds = odds;
    }

    static Chaos valid() {
      return new Chaos(new Random(1), Integer.MAX_VALUE);
    }

    private boolean bad() {
      return odds != Integer.MAX_VALUE && random.nextInt(odds) == 0;
    }

    private <T> T or(T good, Supplier<T> wrong) {
      return bad() ? wrong.get() : good;
    }

    private String text(String good) {
      return bad() ? (random.nextBoolean() ? null : List.of("", " ", "\u2003", "\t").get(random.nextInt(4))) : good;
    }

    private String optionalText(String good) {
      return random.nextBoolean() ? null : bad() ? " " : good;
    }

    /** A day not before {@code first}, none, or (when bad) the day before it. */
    private LocalDate laterOrNot(LocalDate first) {
      return bad() ? first.minusDays(1) : random.nextBoolean() ? null : first.plusDays(random.nextInt(3));
    }

    private <T> T required(T good) {
      return bad() ? null : good;
    }

    private int atLeast(int min) {
      return bad() ? min - 1 - random.nextInt(3) : min + random.nextInt(5);
    }

    private BigDecimal positive() {
      return bad() ? (random.nextBoolean() ? null : new BigDecimal(-random.nextInt(3))) : new BigDecimal("12.50");
    }

    private BigDecimal notNegative(boolean required) {
      if (bad()) {
        return required && random.nextBoolean() ? null : new BigDecimal("-0.01");
      }
      return !required && random.nextBoolean() ? null : new BigDecimal("3.10");
    }

    private BigDecimal fen() {
      return bad() ? (random.nextBoolean() ? null : new BigDecimal(random.nextBoolean() ? "1.005" : "-0.001"))
          : new BigDecimal(random.nextBoolean() ? "8.500" : "8");
    }

    private Integer between(int min, int max) {
      if (random.nextBoolean()) {
        return null;
      }
      return bad() ? (random.nextBoolean() ? min - 1 : max + 1) : min;
    }

    private <T> List<T> list(int max, Supplier<T> element) {
      List<T> values = new ArrayList<>();
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        values.add(bad() ? null : element.get());
      }
      return values;
    }

    GovernanceFacts facts() {
      return new GovernanceFacts(list(2, this::estate), list(2, this::unit), list(2, this::matter),
          list(2, this::meeting), list(2, this::record), list(2, this::household), list(2, this::application),
          list(2, this::costShare), list(2, this::money), list(2, this::owners), list(2, this::contract),
          list(2, this::modeVote), list(2, this::order));
    }

    private EstateOwners owners() {
      OwnersCommittee committee = new OwnersCommittee(required(DAY), list(2, () -> new CommitteeMember(text("wang"),
          random.nextBoolean(), random.nextBoolean())));
      return new EstateOwners(text("E1"), positive(), list(2, () -> new Delivery(required(DAY), positive())),
          random.nextBoolean() ? null : DAY, random.nextBoolean() ? null : committee,
          random.nextBoolean() ? null : new PropertyManagementCommittee(required(DAY)));
    }

    private io.propgov.governance.contract.ServiceContract contract() {
      return new io.propgov.governance.contract.ServiceContract(text("K1"), text("E1"), optionalText("C1"), DAY, null,
          random.nextBoolean() ? null : atLeast(0), null, null, null, random.nextBoolean() ? null : atLeast(0), null);
    }

    private io.propgov.governance.mode.ModeVote modeVote() {
      return new io.propgov.governance.mode.ModeVote(text("E1"),
          required(io.propgov.governance.service.ServiceMode.MARKET), or(vote(), () -> null));
    }

    Estate estate() {
      return new Estate(text("E1"), "Estate", random.nextBoolean() ? null : company(), list(2, this::round),
          list(2, this::vote), optionalText("u1"), atLeast(0), null, random.nextBoolean() ? null : fees(),
          random.nextBoolean() ? null : committee(), random.nextBoolean() ? null : service());
    }

    private PropertyCompany company() {
      return new PropertyCompany(text("C1"), null, random.nextBoolean() ? null : party(), optionalText("li"),
          optionalText("wang"));
    }

    private PartyStatus party() {
      return new PartyStatus(atLeast(0), null, random.nextBoolean(), false);
    }

    private Committee committee() {
      return new Committee(required(CommitteeKind.OWNERS_COMMITTEE), or(party(), () -> null));
    }

    private FeeAccount fees() {
      return new FeeAccount(notNegative(true), notNegative(true));
    }

    private SurveyRound round() {
      return new SurveyRound(text("R1"), required(DAY), atLeast(1), list(3, this::answer));
    }

    private SurveyAnswer answer() {
      return new SurveyAnswer(text("a1"), required(RespondentGroup.HOUSEHOLD), required(BigDecimal.ONE));
    }

    private OwnersVote vote() {
      return new OwnersVote(text("V1"), required(Matter.OTHER), required(DAY), atLeast(1), positive(),
          list(3, this::ballot), random.nextBoolean() ? null : atLeast(0));
    }

    private Ballot ballot() {
      return new Ballot(text("o1"), positive(), required(BallotChoice.FOR));
    }

    private ServiceProfile service() {
      return new ServiceProfile(random.nextBoolean() ? null : positive(), list(2, () -> text("cleaning")), Map.of(),
          Map.of(), list(2, () -> text("B1")), random.nextBoolean() ? null : agreement());
    }

    private CoManagementAgreement agreement() {
      return new CoManagementAgreement(text("E1"), list(2, () -> text("a")), Map.of(), Map.of(), required(DAY),
          bad() ? (random.nextBoolean() ? 0 : 1201) : 12);
    }

    private CompanyRecord record() {
      return new CompanyRecord(text("C1"), null, list(2, this::event));
    }

    private CreditEvent event() {
      return new CreditEvent(text("e1"), text("X"), required(DAY), notNegative(false), laterOrNot(DAY));
    }

    private Household household() {
      return new Household(text("H1"), null, list(2, () -> new MonthlyArrears(required(YearMonth.of(2024, 1)), fen())),
          list(2, () -> new StepTaken(required(ArrearsAction.REMINDER), required(DAY), null, null, between(1, 6),
              between(1, 3))),
          list(2, () -> ArrearsAction.REMINDER), random.nextBoolean(),
          list(2, () -> new Payment(required(DAY), fen())), list(2, () -> DAY));
    }

    private Application application() {
      return new Application(text("A1"), text("P1"), text("C1"), optionalText("E1"), required(DAY),
          between(1000, 9999), notNegative(false), random.nextBoolean() ? null : fees(), notNegative(false),
          list(2, () -> new SafetyIncident(text("fire"), required(DAY))),
          random.nextBoolean() ? null : new CreditStanding(list(2, () -> new CreditConsequence(text("BARRED"),
              required(new Label("en", "zh"))))));
    }

    private CostShare costShare() {
      List<HouseholdArea> households = list(2, () -> new HouseholdArea(text("h1"), positive()));
      if (households.isEmpty() && !bad()) {
        households = List.of(new HouseholdArea("h1", BigDecimal.ONE));
      }
      BigDecimal total = fen();
      return new CostShare(text("S1"), text("lift"), optionalText("E1"), total == null ? null
          : bad() ? total.negate() : total.abs(), households);
    }

    private EstateMoney money() {
      BigDecimal deposit = random.nextBoolean() ? null : fen();
      MaintenanceFund fund = random.nextBoolean() ? null : new MaintenanceFund(positive(),
          list(2, () -> new FundAccount(text("o1"), positive(), deposit == null ? null
              : bad() ? deposit.abs().add(BigDecimal.ONE).negate() : deposit.abs(), fen())),
          list(2, () -> new FundUse(text("u1"), required(DAY), fen(), optionalText("HOUSE_SAFETY"), optionalText("v1"),
              list(2, () -> text("PROPOSE")))));
      Ledger ledger = random.nextBoolean() ? null : new Ledger(fen(), notNegative(true), random.nextBoolean());
      return new EstateMoney(text("E1"), optionalText("K1"), random.nextBoolean() ? null : DAY,
          list(2, () -> new Disclosure(text("SERVICE_ITEMS"), required(DAY), required(DAY), optionalText("board"))),
          list(2, () -> new FeeLine(optionalText("K1"), text("service"), optionalText("level-1"), notNegative(false),
              notNegative(false))),
          fund, list(2, () -> new CommonIncome(text("ads"), required(IncomeKind.ADVERTISING), fen(), fen(),
              random.nextBoolean())), ledger);
    }

    private OrgUnit unit() {
      return new OrgUnit(text("u1"), text("estate"), optionalText("c1"), null, optionalText("li"),
          list(2, () -> text("wang")));
    }

    private ResidentMatter matter() {
      return new ResidentMatter(text("m1"), text("u1"), text("small"), required(DAY), laterOrNot(DAY));
    }

    private io.propgov.governance.workorder.WorkOrder order() {
      return new io.propgov.governance.workorder.WorkOrder(text("W1"),
          required(io.propgov.governance.workorder.OrderSource.HOTLINE_12345), text("repair"), text("u1"),
          optionalText("E1"), optionalText("C1"), required(DAY), null, null, laterOrNot(DAY),
          random.nextBoolean() ? null : Boolean.TRUE, optionalText("satisfied"), random.nextBoolean());
    }

    private Meeting meeting() {
      return new Meeting(text("red-hall"), text("u1"), required(DAY));
    }
  }
}
