package io.propgov.governance.bench;

import static io.propgov.governance.bench.BenchPolicy.BUILDING;
import static io.propgov.governance.bench.BenchPolicy.COMMUNITY;
import static io.propgov.governance.bench.BenchPolicy.ESTATE;
import static io.propgov.governance.bench.BenchPolicy.SUB_DISTRICT;

import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the facts of an organisation tree in the Wuhan four-level shape (sub-district →
 * community → estate → building), deterministically: the same unit count and seed give equal
 * units and estates, in the same order, on any machine and JVM.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>One root sub-district ({@link #ROOT_ID}): the benchmark policy's template requires a
 *       single root and has no level above the sub-district, so every community hangs from it. A
 *       real sub-district has about 10–20 communities; at 100,000 units the root holds about 760,
 *       a city the size of Wuhan (5,695 estates) rather than one sub-district.</li>
 *   <li>Each community: {@value #MIN_ESTATES}–{@value #MAX_ESTATES} estate units and
 *       {@value #MIN_MEMBERS}–{@value #MAX_MEMBERS} committee members.</li>
 *   <li>Each estate unit: {@value #MIN_BUILDINGS}–{@value #MAX_BUILDINGS} building units, and one
 *       {@link Estate} attached to it.</li>
 *   <li>Units are listed parents first (depth-first). Generation stops at exactly the unit count
 *       asked for, so the last community may have fewer estates and the last estate fewer
 *       buildings than drawn; a smaller count gives a prefix of a larger one with the same seed.</li>
 * </ul>
 * About 131 units per community on average: 1,000 units give about 76 estates, 100,000 units
 * about 7,600.
 *
 * <h2>Depth</h2>
 * The maximum depth is {@value #MAX_DEPTH} units from root to leaf (3 parent links). A template
 * lets a level have only lower levels as children, so a four-level template cannot express a
 * deep chain; deep trees need a template with more levels and are not generated here.
 *
 * <h2>Estates</h2>
 * Figures from the domain brief where published, otherwise marked illustrative:
 * <ul>
 *   <li>38% old estates (Wuhan). New estates: market service. Old estates (illustrative mix):
 *       40% market, 25% public-welfare trusteeship, 15% self-managed, 10% community interim,
 *       10% no service: most are covered.</li>
 *   <li>Households: 24–96 per building (illustrative; Beijing Fengtai: 240 households in 4 buildings).</li>
 *   <li>Fees for one year: new estates 80–250 CNY per household and month, 85–100% collected;
 *       old estates 20–60 CNY, and only 45.78% of them collect at all (Wuhan Jiang'an), then 40–95%.</li>
 *   <li>A company serves a market or public-welfare estate; about 1 in 10 estates shares the
 *       previous company of the same mode in its community (Wuhan 2017: 1,802 companies for 1,995
 *       estates). Its party organisation: own organisation 27% (495 of 1,802), instructor 62%
 *       (1,126 of 1,802), otherwise uncovered. Cross appointment: a community member is its quality
 *       supervisor with 68% (1,220 of 1,802), its party head sits on the community committee
 *       with 44% (785 of 1,802).</li>
 *   <li>A committee in every estate: owners' committee 42%, property management committee 58%
 *       (Chuxiong: 311 and 427 of 738); 95% covered by a party organisation (illustrative; Wuhan
 *       and Chuxiong report 100%).</li>
 *   <li>One survey round on {@link #ROUND_DATE} with a few answers to keep memory modest: 0–4
 *       households, plus an owners' committee and a community answer each with 50%. Every estate
 *       has at least 96 households, so no round reaches the 60% quorum: every round is invalid
 *       and the satisfaction rate is 0 of 0, but the rating path still runs for every estate.</li>
 *   <li>No owners' votes, no residents' matters, no meetings.</li>
 * </ul>
 */
public final class TreeGenerator {

  /** The id of the single root, a sub-district. */
  public static final String ROOT_ID = "sd-0";
  /** The most units on a path from the root to a leaf: the four levels of the template. */
  public static final int MAX_DEPTH = 4;
  /** The date of every estate's survey round. */
  public static final LocalDate ROUND_DATE = LocalDate.of(2024, 6, 30);
  /** The as-of date the benchmarks judge the facts on. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  static final int MIN_ESTATES = 5;
  static final int MAX_ESTATES = 15;
  static final int MIN_BUILDINGS = 4;
  static final int MAX_BUILDINGS = 20;
  static final int MIN_MEMBERS = 5;
  static final int MAX_MEMBERS = 9;
  static final double OLD_ESTATE_SHARE = 0.38;
  static final double OLD_ESTATES_COLLECTING = 0.4578;
  static final double SHARED_COMPANY = 0.10;
  static final double COMPANY_OWN_ORGANISATION = 495.0 / 1802;
  static final double COMPANY_INSTRUCTOR = 1126.0 / 1802;
  static final double SUPERVISOR_FROM_COMMUNITY = 1220.0 / 1802;
  static final double PARTY_HEAD_ON_COMMUNITY = 785.0 / 1802;
  static final double OWNERS_COMMITTEE = 311.0 / 738;
  static final double COMMITTEE_COVERED = 0.95;
  static final int MAX_HOUSEHOLD_ANSWERS = 4;

  private static final BigDecimal[] SCORES = new BigDecimal[101];
  private static final String[] HOUSEHOLD_IDS = new String[MAX_HOUSEHOLD_ANSWERS];

  static {
    for (int i = 0; i < SCORES.length; i++) {
      SCORES[i] = BigDecimal.valueOf(i);
    }
    for (int i = 0; i < HOUSEHOLD_IDS.length; i++) {
      HOUSEHOLD_IDS[i] = "h" + (i + 1);
    }
  }

  private TreeGenerator() {}

  /**
   * Generates the facts.
   *
   * @param units the number of units, at least 1
   * @param seed the seed of the {@link SplittableRandom} every draw comes from
   * @return the units (exactly {@code units}, parents first), one estate per estate-level unit,
   *     no matters and no meetings
   */
  public static HierarchyFacts generate(int units, long seed) {
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, was " + units);
    }
    return new Run(units, seed).generate();
  }

  /**
   * Prints the counts of a generated tree: {@code TreeGenerator [units] [seed]}.
   *
   * @param args the unit count (default 100000) and the seed (default 42)
   */
  public static void main(String[] args) {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    HierarchyFacts facts = generate(units, seed);
    Map<String, Integer> perLevel = new java.util.LinkedHashMap<>();
    for (String level : BenchPolicy.LEVELS.codes()) {
      perLevel.put(level, 0);
    }
    facts.units().forEach(u -> perLevel.merge(u.level(), 1, Integer::sum));
    long households = facts.estates().stream().mapToLong(Estate::households).sum();
    System.out.println("units=" + facts.units().size() + " " + perLevel + " estates=" + facts.estates().size()
        + " households=" + households);
  }

  /** One generation: the random source, the lists being filled and the id counters. */
  private static final class Run {
    private final int target;
    private final SplittableRandom random;
    private final List<OrgUnit> units;
    private final List<Estate> estates = new ArrayList<>();
    private int communities;
    private int estateUnits;
    private int buildings;
    private int companies;

    Run(int target, long seed) {
      this.target = target;
      this.random = new SplittableRandom(seed);
      this.units = new ArrayList<>(target);
    }

    HierarchyFacts generate() {
      units.add(new OrgUnit(ROOT_ID, SUB_DISTRICT, null, "Sub-district 0", ROOT_ID + "-s",
          members(ROOT_ID)));
      while (units.size() < target) {
        community();
      }
      return new HierarchyFacts(units, estates, List.of(), List.of());
    }

    private void community() {
      String id = "c-" + communities++;
      List<String> members = members(id);
      units.add(new OrgUnit(id, COMMUNITY, ROOT_ID, "Community " + id, members.get(0), members));
      Map<ServiceMode, PropertyCompany> lastCompany = new HashMap<>();
      int count = random.nextInt(MIN_ESTATES, MAX_ESTATES + 1);
      for (int i = 0; i < count && units.size() < target; i++) {
        estate(id, members, lastCompany);
      }
    }

    private void estate(String communityId, List<String> communityMembers, Map<ServiceMode, PropertyCompany> lastCompany) {
      String id = "e-" + estateUnits++;
      units.add(new OrgUnit(id, ESTATE, communityId, "Estate " + id, id + "-s", List.of()));
      int drawn = random.nextInt(MIN_BUILDINGS, MAX_BUILDINGS + 1);
      for (int b = 0; b < drawn && units.size() < target; b++) {
        String building = "b-" + buildings++;
        units.add(new OrgUnit(building, BUILDING, id, "Building " + building, null, List.of()));
      }

      boolean old = random.nextDouble() < OLD_ESTATE_SHARE;
      int households = drawn * random.nextInt(24, 97);
      ServiceMode mode = old ? oldEstateMode() : ServiceMode.MARKET;
      PropertyCompany company = null;
      if (mode.equals(ServiceMode.MARKET) || mode.equals(ServiceMode.PUBLIC_WELFARE)) {
        PropertyCompany previous = lastCompany.get(mode);
        company = previous != null && random.nextDouble() < SHARED_COMPANY ? previous : company(communityMembers);
        lastCompany.put(mode, company);
      }
      long monthly = old ? random.nextInt(20, 61) : random.nextInt(80, 251);
      long billed = households * 12L * monthly;
      long collectedPercent;
      if (!old) {
        collectedPercent = random.nextInt(85, 101);
      } else {
        collectedPercent = random.nextDouble() < OLD_ESTATES_COLLECTING ? random.nextInt(40, 96) : 0;
      }
      FeeAccount fees = new FeeAccount(BigDecimal.valueOf(billed), BigDecimal.valueOf(billed * collectedPercent / 100));
      Committee committee = new Committee(
          random.nextDouble() < OWNERS_COMMITTEE ? CommitteeKind.OWNERS_COMMITTEE : CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE,
          committeeParty());
      estates.add(new Estate(id, "Estate " + id, company, List.of(round(households)), List.of(), id, households,
          mode, fees, committee));
    }

    private ServiceMode oldEstateMode() {
      double u = random.nextDouble();
      if (u < 0.40) {
        return ServiceMode.MARKET;
      }
      if (u < 0.65) {
        return ServiceMode.PUBLIC_WELFARE;
      }
      if (u < 0.80) {
        return ServiceMode.SELF_MANAGED;
      }
      return u < 0.90 ? ServiceMode.COMMUNITY_INTERIM : ServiceMode.NONE;
    }

    private PropertyCompany company(List<String> communityMembers) {
      String id = "co-" + companies++;
      int fullMembers = random.nextInt(0, 13);
      double u = random.nextDouble();
      PartyStatus party;
      if (u < COMPANY_OWN_ORGANISATION && fullMembers >= BenchPolicy.THRESHOLDS.branchMinimum()) {
        party = new PartyStatus(fullMembers, BenchPolicy.THRESHOLDS.formFor(fullMembers), false, false);
      } else if (u < COMPANY_OWN_ORGANISATION + COMPANY_INSTRUCTOR) {
        party = new PartyStatus(fullMembers, null, false, true);
      } else {
        party = new PartyStatus(fullMembers, null, false, false);
      }
      String supervisor = random.nextDouble() < SUPERVISOR_FROM_COMMUNITY ? pick(communityMembers) : null;
      String head = random.nextDouble() < PARTY_HEAD_ON_COMMUNITY ? pick(communityMembers) : id + "-head";
      return new PropertyCompany(id, "Company " + id, party, supervisor, head);
    }

    private PartyStatus committeeParty() {
      int fullMembers = random.nextInt(0, 6);
      if (random.nextDouble() >= COMMITTEE_COVERED) {
        return new PartyStatus(fullMembers, null, false, false);
      }
      return fullMembers >= BenchPolicy.THRESHOLDS.branchMinimum()
          ? new PartyStatus(fullMembers, PartyForm.BRANCH, false, false)
          : new PartyStatus(fullMembers, null, true, false);
    }

    private SurveyRound round(int households) {
      List<SurveyAnswer> answers = new ArrayList<>(MAX_HOUSEHOLD_ANSWERS + 2);
      int answered = random.nextInt(0, MAX_HOUSEHOLD_ANSWERS + 1);
      for (int i = 0; i < answered; i++) {
        answers.add(new SurveyAnswer(HOUSEHOLD_IDS[i], RespondentGroup.HOUSEHOLD, score()));
      }
      if (random.nextBoolean()) {
        answers.add(new SurveyAnswer("oc1", RespondentGroup.OWNERS_COMMITTEE, score()));
      }
      if (random.nextBoolean()) {
        answers.add(new SurveyAnswer("c1", RespondentGroup.COMMUNITY, score()));
      }
      return new SurveyRound("2024-H1", ROUND_DATE, households, answers);
    }

    private BigDecimal score() {
      return SCORES[random.nextInt(40, 101)];
    }

    private List<String> members(String unitId) {
      int count = random.nextInt(MIN_MEMBERS, MAX_MEMBERS + 1);
      List<String> members = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        members.add(unitId + "-m" + i);
      }
      return members;
    }

    private String pick(List<String> from) {
      return from.get(random.nextInt(from.size()));
    }
  }
}
