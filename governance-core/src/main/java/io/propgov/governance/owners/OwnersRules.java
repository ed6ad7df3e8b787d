package io.propgov.governance.owners;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.policy.Timeline;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The owners' organisation rules of a policy: when an estate's first owners' assembly is due or
 * overdue, where its owners' committee's term stands and when it must be re-elected, whether the
 * committee's size, party members and cross membership with the community's two committees meet
 * the policy, whether a property management committee is within the period it may stand in, and
 * which body currently represents the owners. Immutable and thread-safe.
 *
 * <p>Periods are counted as the Civil Code counts them (arts. 201–202): the first day is not
 * counted, and a period of years ends on the corresponding day of its last year (the last day of
 * the month when there is none). The first assembly's deadline is a period to act in: when its
 * last day is a statutory rest day, the day after the rest days end is its last day (art. 203;
 * rest days from the policy's {@code org.calendar}, else Saturday and Sunday). A term of office is
 * not moved: a term's last day is its re-election date, the committee is in office on that day
 * and overdue from the next, and likewise the period a property management committee stands in. Facts dated after the as-of date (a delivery, an
 * assembly, an election) are not yet known and are left out. The values in force on the as-of
 * date apply.
 *
 * @since 0.3.0
 */
public final class OwnersRules extends AbstractRuleArea<EstateOwners, OwnersAssessment> {

  /** The area's id. */
  public static final String AREA = "owners";

  /** The source of the representation rule. */
  static final Citation REPRESENTATION = new Citation(
      "Civil Code (2020, in force from 2021-01-01), art. 277: \"The owners may set up an owners' assembly and elect an"
          + " owners' committee ... The relevant departments of the local people's government and the residents'"
          + " committee shall guide and assist\"; Property Management Regulation (2003, revised 2018), art. 10: \"The owners in"
          + " one property management area shall, under the guidance of the real-estate department of the district or"
          + " county people's government or the sub-district office or township government, form an owners' assembly"
          + " and elect an owners' committee\"; a property management committee set up by the sub-district"
          + " stands in where there is none (Beijing Property Management Regulation, 2020, ch. 4 s. 3; paraphrase)",
      "《民法典》（2020年，2021年1月1日起施行）第二百七十七条：“业主可以设立业主大会，选举业主委员会……地方人民政府有关部门、居民委员会"
          + "应当对设立业主大会和选举业主委员会给予指导和协助。”《物业管理条例》（2003年公布，2018年修订）第十条：“同一个物业管理区域内的业主，"
          + "应当在物业所在地的区、县人民政府房地产行政主管部门或者街道办事处、乡镇人民政府的指导下成立业主大会，并选举产生业主委员会。”"
          + "未成立业主委员会的，由街道办事处组建的物业管理委员会"
          + "代行职责（《北京市物业管理条例》（2020年）第四章第三节，意译）");

  /** How periods are counted, added to the sources of the rules that count one. */
  private static final String PERIODS_EN = "; periods counted as in the Civil Code (2020, in force from 2021-01-01),"
      + " art. 201 (\"the day on which the period begins is not counted\") and art. 202 (\"the corresponding date of"
      + " the due month is the last day of the period; without one, the last day of that month\")";
  private static final String PERIODS_ZH = "；期间按《民法典》（2020年，2021年1月1日起施行）第二百零一条（“开始的当日不计入，自下一日开始计算”）"
      + "和第二百零二条（“到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日”）计算";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();
  private final boolean timeCondition;

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public OwnersRules(GovernancePolicy policy) {
    super(AREA, Stream.concat(OwnersParameters.ALL.stream(), OwnersParameters.OPTIONAL.stream()).toList());
    this.policy = PolicyChecks.usable(policy, OwnersRules::check);
    this.timeCondition = policy.timeline(OwnersParameters.FIRST_ASSEMBLY_YEARS).isPresent();
  }

  /**
   * Returns whether a policy sets any parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, OwnersParameters.ALL)
        || PolicyChecks.setsAny(policy, OwnersParameters.OPTIONAL);
  }

  /**
   * Checks that a policy sets every parameter of {@link OwnersParameters#ALL}, both or neither of
   * {@link OwnersParameters#OPTIONAL}, and a committee minimum not above its maximum on any date.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, OwnersParameters.ALL, problems);
    boolean years = policy.timeline(OwnersParameters.FIRST_ASSEMBLY_YEARS).isPresent();
    boolean share = policy.timeline(OwnersParameters.FIRST_ASSEMBLY_SHARE_AFTER_YEARS).isPresent();
    if (years != share) {
      ParameterKey<?> missing = years ? OwnersParameters.FIRST_ASSEMBLY_SHARE_AFTER_YEARS
          : OwnersParameters.FIRST_ASSEMBLY_YEARS;
      problems.add("/parameters/" + Problems.token(missing.id()), "required", ConstraintMessages.en("required.together",
          "param", missing.id(), "other", (years ? OwnersParameters.FIRST_ASSEMBLY_YEARS : OwnersParameters
          .FIRST_ASSEMBLY_SHARE_AFTER_YEARS).id(), "description", missing.description()));
    }
    if (!problems.isEmpty()) {
      return problems.errors();
    }
    Timeline<Integer> min = policy.timeline(OwnersParameters.COMMITTEE_MIN_MEMBERS).orElseThrow();
    Timeline<Integer> max = policy.timeline(OwnersParameters.COMMITTEE_MAX_MEMBERS).orElseThrow();
    for (var value : min.values()) {
      max.at(value.effectiveFrom()).ifPresent(m -> problems.check(value.value() <= m.value(),
          PolicyChecks.pointer(OwnersParameters.COMMITTEE_MIN_MEMBERS, min.values().indexOf(value)) + "/value",
          "maximum", ConstraintMessages.en("maximum.committee", "param", OwnersParameters.COMMITTEE_MIN_MEMBERS.id(),
              "value", value.value(), "other", OwnersParameters.COMMITTEE_MAX_MEMBERS.id(), "max", m.value(), "date",
              value.effectiveFrom())));
    }
    return problems.errors();
  }

  /**
   * Validates an estate's owners' organisation, located under {@code pointer}: its field
   * constraints, then that the policy has values in force on the as-of date, that an owners'
   * committee comes with the day the assembly that elected it first met and was elected no
   * earlier, and that no more area was delivered than the estate has.
   *
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the facts in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<EstateOwners>> validate(EstateOwners facts, String pointer,
      LocalDate asOf) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    return Problems.fieldsFirst(facts, pointer, OwnersFields::owners, () -> validateBeyondFields(facts, pointer, asOf));
  }

  private Validation<Seq<InputError>, Valid<EstateOwners>> validateBeyondFields(EstateOwners facts, String pointer,
      LocalDate asOf) {
    Problems problems = new Problems();
    PolicyChecks.inForce(policy, parameters(), asOf, pointer, problems);
    if (facts.committee() != null) {
      if (facts.firstAssembly() == null) {
        problems.add(pointer + "/firstAssembly", "required", "an owners' committee is elected by the owners' assembly"
            + " (Civil Code art. 277): give the day the first owners' assembly met (YYYY-MM-DD)");
      } else if (facts.committee().elected().isBefore(facts.firstAssembly())) {
        problems.add(pointer + "/committee/elected", "notBefore", "must not be before firstAssembly ("
            + facts.firstAssembly() + "), the assembly that elects the committee; was " + facts.committee().elected());
      }
    }
    BigDecimal delivered = facts.deliveries().stream().map(Delivery::area).reduce(BigDecimal.ZERO, BigDecimal::add);
    problems.check(delivered.compareTo(facts.totalArea()) <= 0, pointer + "/deliveries", "maximum",
        "the area delivered, " + delivered.toPlainString() + " m², must not exceed totalArea, "
            + facts.totalArea().toPlainString() + " m²");
    return problems.orValid(() -> issuer.issue(facts));
  }

  @Override
  public Decision<OwnersAssessment> decide(Valid<EstateOwners> facts, LocalDate asOf) {
    return new OwnersJudgement(issuer.open(facts), asOf, values(asOf), policy).decision(policy.ref());
  }

  /**
   * Judges a batch: N facts give N results, in order, each a decision or the errors (located
   * under {@code /owners/<index>}) that kept it from being judged; an estate described a second
   * time is rejected there.
   *
   * @param owners the estates' owners' organisations, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per element, in input order, each with the estate's id, never null
   */
  public List<Result<OwnersAssessment>> assessAll(List<EstateOwners> owners, LocalDate asOf) {
    List<Result<OwnersAssessment>> results = new ArrayList<>(owners.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < owners.size(); i++) {
      EstateOwners o = owners.get(i);
      if (o == null) {
        results.add(Result.rejected(i, null, List.of(new InputError("/owners/" + i, "required", FieldSink.NULL_ITEM))));
        continue;
      }
      Integer first = o.estateId() == null ? null : seen.putIfAbsent(o.estateId(), i);
      if (first != null) {
        results.add(Result.rejected(i, o.estateId(), List.of(new InputError("/owners/" + i + "/estateId", "duplicate",
            "estate '" + o.estateId() + "' is already described at /owners/" + first + "; give each estate once"))));
        continue;
      }
      Validation<Seq<InputError>, Valid<EstateOwners>> valid = validate(o, "/owners/" + i, asOf);
      results.add(valid.isValid() ? Result.decided(i, o.estateId(), decide(valid.get(), asOf))
          : Result.rejected(i, o.estateId(), valid.getError().toJavaList()));
    }
    return results;
  }

  /**
   * Rolls the estates' representation up a tree (Chuxiong's committee coverage): each judged
   * estate counts once, at the unit it is attached to, and every unit's counts are the sums over
   * its subtree.
   *
   * @param tree the tree, not null
   * @param unitOfEstate the unit each estate is attached to, by estate id; an estate attached to
   *     no unit of the tree is left out, not null
   * @param decisions the estates' owners' organisation decisions, not null
   * @return each unit's coverage, by unit id, in the order the units were given, never null
   */
  public static Map<String, OwnersCoverage> rollUp(OrgTree tree, Map<String, String> unitOfEstate,
      List<Decision<OwnersAssessment>> decisions) {
    Map<String, OwnersCoverage> own = new HashMap<>();
    for (Decision<OwnersAssessment> d : decisions) {
      String unit = unitOfEstate.get(d.value().estateId());
      if (unit != null && tree.contains(unit)) {
        CommitteeKind body = d.value().representedBy();
        own.merge(unit, new OwnersCoverage(unit, 1, body == CommitteeKind.OWNERS_COMMITTEE ? 1 : 0,
            body == CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE ? 1 : 0), OwnersCoverage::plus);
      }
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), new OwnersCoverage(u.id(), 0, 0, 0)), OwnersCoverage::plus);
  }

  /**
   * Explains a unit's coverage: the estates represented of the estates judged, the exact share
   * and its split between owners' committees and property management committees.
   *
   * @param coverage the unit's coverage, not null
   * @param policy the policy it was judged under, not null
   * @param asOf the date, not null
   * @return the decision, never null
   */
  public static Decision<OwnersCoverage> explain(OwnersCoverage coverage, PolicyRef policy, LocalDate asOf) {
    long represented = coverage.ownersCommittees() + coverage.managementCommittees();
    List<Figure> figures = new ArrayList<>(List.of(Figure.count("represented", represented),
        Figure.count("estates", coverage.estates()), Figure.count("ownersCommittees", coverage.ownersCommittees()),
        Figure.count("managementCommittees", coverage.managementCommittees())));
    coverage.represented().share().ifPresent(rate -> {
      figures.add(Figure.of("rate", rate, io.propgov.governance.explain.Unit.SHARE));
      // Chuxiong publishes two decimals: the percentage keeps them (100.00%), rounded half-up.
      figures.add(Figure.text("percent", rate.times(Fraction.of(100)).toDecimal(2, java.math.RoundingMode.HALF_UP)
          .setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() + "%"));
    });
    Reason reason = Reason.noted(OwnersRuleIds.COVERAGE, coverage.estates() == 0 ? Outcome.NOT_APPLICABLE
        : Outcome.MET, OwnersJudgement.CHUXIONG, figures.toArray(Figure[]::new));
    return new Decision<>(coverage, List.of(reason), policy, asOf);
  }

  /** The values in force on a date, read once per decision. */
  private OwnersJudgement.Values values(LocalDate asOf) {
    return new OwnersJudgement.Values(
        policy.valueAt(OwnersParameters.FIRST_ASSEMBLY_SHARE, asOf),
        policy.valueAt(OwnersParameters.FIRST_ASSEMBLY_WITHIN_DAYS, asOf),
        timeCondition ? policy.valueAt(OwnersParameters.FIRST_ASSEMBLY_YEARS, asOf) : null,
        timeCondition ? policy.valueAt(OwnersParameters.FIRST_ASSEMBLY_SHARE_AFTER_YEARS, asOf) : null,
        policy.valueAt(OwnersParameters.COMMITTEE_MIN_MEMBERS, asOf),
        policy.valueAt(OwnersParameters.COMMITTEE_MAX_MEMBERS, asOf),
        policy.valueAt(OwnersParameters.TERM_YEARS, asOf),
        policy.valueAt(OwnersParameters.RE_ELECTION_NOTICE_MONTHS, asOf),
        policy.valueAt(OwnersParameters.PARTY_SHARE, asOf),
        policy.valueAt(OwnersParameters.CROSS_MEMBERS, asOf),
        policy.valueAt(OwnersParameters.STAND_IN_YEARS, asOf));
  }

  /** A source with the Civil Code's way of counting periods added, keeping its assumption flag. */
  static Citation counted(Citation source) {
    return new Citation(source.en() + PERIODS_EN, source.zh() + PERIODS_ZH, source.assumption());
  }

  /** The exact share {@code part / whole}, whole more than 0. */
  static Fraction share(BigDecimal part, BigDecimal whole) {
    return Fraction.of(part).dividedBy(Fraction.of(whole));
  }

  static boolean meets(Threshold threshold, BigDecimal part, BigDecimal whole) {
    return threshold.comparison().holds(share(part, whole), threshold.share());
  }
}
