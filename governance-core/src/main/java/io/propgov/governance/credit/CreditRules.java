package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditParameters.BLACKLIST;
import static io.propgov.governance.credit.CreditParameters.CONSEQUENCES;
import static io.propgov.governance.credit.CreditParameters.CYCLE_MONTHS;
import static io.propgov.governance.credit.CreditParameters.EVENTS;
import static io.propgov.governance.credit.CreditParameters.GRADES;
import static io.propgov.governance.credit.CreditParameters.SCORE;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.internal.Repeats;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company credit rules of a policy: scores and grades a company's record on any date, keeps
 * its blacklist history, and says which joint rewards and punishments are in force. Immutable and
 * thread-safe.
 *
 * <p>Each event is read by the catalogue in force on its date and counts from that day for its
 * type's months; the score is the base plus the capped points of the adding kinds minus the
 * deductions; a serious violation still counting sets the grade to the lowest band ("one-vote
 * veto"). Scores, grades, the blacklist and the consequences on a date use the formula, bands and
 * rules in force on that date. Events dated after the as-of date are not yet known and are left out.
 *
 * @since 0.1.0
 */
public final class CreditRules extends AbstractRuleArea<CompanyRecord, CreditAssessment> {

  /** The area's id. */
  public static final String AREA = "credit";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();
  /** The catalogues in force over time, indexed by code once, so that resolving an event scans nothing and looks up no parameter. */
  private final Catalogues catalogues;
  /** The timelines an assessment reads, held once, so that no parameter is looked up by key per evaluation. */
  private final Timeline<ScoreFormula> formulas;
  private final Timeline<GradeBands> gradeBands;
  private final Timeline<Integer> cycleMonths;
  private final Timeline<BlacklistTerms> blacklists;
  private final Timeline<ConsequenceTable> consequenceRules;
  private final Timeline<ConsequenceTypes> consequenceTypes;

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public CreditRules(GovernancePolicy policy) {
    super(AREA, CreditParameters.ALL);
    this.policy = PolicyChecks.usable(policy, CreditRules::check);
    this.catalogues = new Catalogues(policy.timeline(EVENTS).orElseThrow());
    this.formulas = policy.timeline(SCORE).orElseThrow();
    this.gradeBands = policy.timeline(GRADES).orElseThrow();
    this.cycleMonths = policy.timeline(CYCLE_MONTHS).orElseThrow();
    this.blacklists = policy.timeline(BLACKLIST).orElseThrow();
    this.consequenceRules = policy.timeline(CONSEQUENCES).orElseThrow();
    this.consequenceTypes = policy.timeline(CreditParameters.CONSEQUENCE_TYPES).orElseThrow();
  }

  /**
   * Returns whether a policy sets any parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, CreditParameters.ALL);
  }

  /**
   * Checks that a policy sets every parameter of this rule area, that every grade a consequence
   * names is a grade of the bands in force on the same date, and that no ladder step is an action
   * the law forbids.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, CreditParameters.ALL, problems);
    PolicyChecks.requirePresent(policy, List.of(CreditParameters.ACTIONS, CreditParameters.CONSEQUENCE_TYPES),
        problems);
    if (!problems.isEmpty()) {
      return problems.errors();
    }
    Timeline<GradeBands> grades = policy.timeline(GRADES).orElseThrow();
    Timeline<ConsequenceTable> consequences = policy.timeline(CONSEQUENCES).orElseThrow();
    Set<String> reported = new HashSet<>();
    for (LocalDate date : changes(grades, consequences)) {
      grades.at(date).ifPresent(bands -> consequences.at(date).ifPresent(rules -> {
        int i = consequences.values().indexOf(rules);
        for (int r = 0; r < rules.value().rules().size(); r++) {
          for (String grade : rules.value().rules().get(r).grades()) {
            String at = PolicyChecks.pointer(CONSEQUENCES, i) + "/value/" + r + "/grades";
            if (bands.value().band(grade).isEmpty() && reported.add(at + grade)) {
              problems.add(at, "enum", ConstraintMessages.en("enum.grade", "grade", grade, "list", GRADES.id(), "date",
                  date, "grades", bands.value().bands().stream().map(GradeBand::code).collect(Collectors.joining(", "))));
            }
          }
        }
      }));
    }
    ArrearsRules.checkLadder(policy, problems);
    checkDefinitions(policy, problems);
    return problems.errors();
  }

  /**
   * Records an error for every ladder step, forbidden action and consequence rule that names an id
   * the lists of definitions in force on the same date do not define.
   */
  private static void checkDefinitions(GovernancePolicy policy, Problems problems) {
    Optional<Timeline<ArrearsActions>> actions = policy.timeline(CreditParameters.ACTIONS);
    Optional<Timeline<ConsequenceTypes>> types = policy.timeline(CreditParameters.CONSEQUENCE_TYPES);
    Definitions.checkDefined(CreditParameters.LADDER, policy.timeline(CreditParameters.LADDER).orElseThrow(),
        CreditParameters.ACTIONS, actions, ArrearsActions::ids, "arrears action", (ladder, sink) -> {
          for (int s = 0; s < ladder.steps().size(); s++) {
            sink.accept("/" + s + "/action", ladder.steps().get(s).action().id());
          }
        }, problems);
    Definitions.checkDefined(CreditParameters.FORBIDDEN, policy.timeline(CreditParameters.FORBIDDEN).orElseThrow(),
        CreditParameters.ACTIONS, actions, ArrearsActions::ids, "arrears action", (forbidden, sink) -> {
          int i = 0;
          for (ArrearsAction a : forbidden.actions()) {
            sink.accept("/" + i++, a.id());
          }
        }, problems);
    Definitions.checkDefined(CONSEQUENCES, policy.timeline(CONSEQUENCES).orElseThrow(),
        CreditParameters.CONSEQUENCE_TYPES, types, ConsequenceTypes::ids, "credit consequence", (rules, sink) -> {
          for (int r = 0; r < rules.rules().size(); r++) {
            sink.accept("/" + r + "/consequence", rules.rules().get(r).consequence().id());
          }
        }, problems);
  }

  static Set<LocalDate> changes(Timeline<?>... timelines) {
    Set<LocalDate> dates = new java.util.TreeSet<>();
    for (Timeline<?> t : timelines) {
      t.values().forEach(v -> dates.add(v.effectiveFrom()));
    }
    return dates;
  }

  /**
   * Validates a company's record, located under {@code pointer}: duplicate event ids, an event
   * dated before the catalogue has a value in force, a code the catalogue in force on the event's
   * date does not list. Every event is checked, whatever its date: events after {@code asOf} are
   * valid facts that a decision as of that date leaves out.
   *
   * @param record the record, not null
   * @param pointer the JSON Pointer of the record in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the valid record, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<CompanyRecord>> validate(CompanyRecord record, String pointer,
      LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    return Problems.fieldsFirst(record, pointer, CreditFields::record, () -> {
      Problems problems = new Problems();
      Catalogues.Entry[] entries = resolve(record, pointer, problems);
      return problems.orValid(() -> issuer.issue(record, new Resolved(entries)));
    });
  }

  /** The catalogue entry of each event, found once by validation for the decision to reuse. */
  private record Resolved(Catalogues.Entry[] entries) {}

  @Override
  public Decision<CreditAssessment> decide(Valid<CompanyRecord> record, LocalDate asOf) {
    return assessResolved(issuer.open(record), asOf, issuer.proof(record, Resolved.class).entries());
  }

  /**
   * Returns whether a company is on the blacklist on a date, with every listing up to then.
   *
   * @param record a record this area validated, not null
   * @param asOf the date, not null
   * @return the status, never null
   */
  public Decision<BlacklistStatus> blacklist(Valid<CompanyRecord> record, LocalDate asOf) {
    return new Ledger(issuer.open(record), asOf, issuer.proof(record, Resolved.class).entries()).blacklist();
  }

  /**
   * Returns the joint rewards and punishments in force for a company on a date, from a record
   * this area validated.
   *
   * @param record a record this area validated, not null
   * @param asOf the date, not null
   * @return the consequences in force with the reason for each, never null
   */
  public Decision<ConsequencesInForce> consequences(Valid<CompanyRecord> record, LocalDate asOf) {
    Ledger ledger = new Ledger(issuer.open(record), asOf, issuer.proof(record, Resolved.class).entries());
    return ledger.consequences(ledger.blacklist());
  }

  /**
   * Resolves every event against the catalogue in force on its date, adding a problem for each
   * duplicate id, date before any catalogue, or unknown code; the one pass both validation and
   * assessment make, so that an assessed record is resolved once.
   *
   * @return the entry of each event, in record order; an element is null where a problem was added
   */
  private Catalogues.Entry[] resolve(CompanyRecord record, String pointer, Problems problems) {
    List<CreditEvent> events = record.events();
    Catalogues.Entry[] entries = new Catalogues.Entry[events.size()];
    int[] firsts = Repeats.firsts(events.size(), i -> events.get(i).id());
    for (int i = 0; i < events.size(); i++) {
      CreditEvent event = events.get(i);
      // Pointers and messages are built only for errors: most records have none.
      if (firsts[i] != i) {
        problems.add(pointer + "/events/" + i + "/id", "duplicate",
            "credit event id '" + event.id() + "' appears more than once; each event needs its own id");
      }
      Catalogues.Indexed inForce = catalogues.at(event.date());
      if (inForce == null) {
        PolicyChecks.inForce(policy, List.of(EVENTS), event.date(), pointer + "/events/" + i + "/date", problems);
        continue;
      }
      entries[i] = inForce.entry(event.code());
      if (entries[i] == null) {
        problems.add(pointer + "/events/" + i + "/code", "enum",
            "credit event code '" + event.code() + "' is not in the catalogue in force on " + event.date()
                + "; the codes are " + inForce.catalogue().types().stream().map(CreditEventType::code)
                .collect(Collectors.joining(", ")));
      }
    }
    return entries;
  }

  /**
   * Assesses a company's credit as of a date: its score with each contribution, its grade, the
   * grade of each cycle closed by then, its blacklist status and the consequences in force.
   *
   * @param record the company's record, not null
   * @param asOf the date of the decision, not null
   * @return the assessment, with the blacklist and consequence decisions nested, never null
   * @throws InvalidFactsException listing every problem with the record
   */
  public Decision<CreditAssessment> assess(CompanyRecord record, LocalDate asOf) {
    return assessResolved(record, asOf, resolveOrThrow(record));
  }

  private Catalogues.Entry[] resolveOrThrow(CompanyRecord record) {
    Objects.requireNonNull(record, "record");
    FieldSink fields = new FieldSink();
    CreditFields.record(record, "", fields);
    if (!fields.isEmpty()) {
      throw new InvalidFactsException(fields.sorted());
    }
    Problems problems = new Problems();
    Catalogues.Entry[] entries = resolve(record, "", problems);
    throwIfAny(problems.errors());
    return entries;
  }

  /**
   * Assesses a batch of records: N records give N results, in order, each a decision or the
   * errors (located under {@code /companies/<index>}) that kept it from being judged.
   *
   * @param records the records, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per record, in input order, each with the company's id, never null
   */
  public List<Result<CreditAssessment>> assessAll(List<CompanyRecord> records, LocalDate asOf) {
    List<Result<CreditAssessment>> results = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      CompanyRecord record = records.get(i);
      Problems problems = new Problems();
      Catalogues.Entry[] entries = resolve(record, "/companies/" + i, problems);
      results.add(problems.isEmpty() ? Result.decided(i, record.companyId(), assessResolved(record, asOf, entries))
          : Result.<CreditAssessment>rejected(i, record.companyId(), problems.errors()));
    }
    return results;
  }

  /**
   * Returns whether a company is on the blacklist on a date, with every listing up to then.
   *
   * @param record the company's record, not null
   * @param asOf the date, not null
   * @return the status, never null
   * @throws InvalidFactsException listing every problem with the record
   */
  public Decision<BlacklistStatus> blacklist(CompanyRecord record, LocalDate asOf) {
    return new Ledger(record, asOf, resolveOrThrow(record)).blacklist();
  }

  /**
   * Returns the joint rewards and punishments in force for a company on a date: the query other
   * rule areas (subsidies, bidding) make, so that none re-derives a company's standing.
   *
   * <pre>{@code
   * boolean barred = engine.credit().consequences(record, asOf).value().has(Consequence.BARRED_FROM_SUBSIDIES);
   * }</pre>
   *
   * @param record the company's record, not null
   * @param asOf the date, not null
   * @return the consequences in force with the reason for each, never null
   * @throws InvalidFactsException listing every problem with the record
   */
  public Decision<ConsequencesInForce> consequences(CompanyRecord record, LocalDate asOf) {
    Ledger ledger = new Ledger(record, asOf, resolveOrThrow(record));
    return ledger.consequences(ledger.blacklist());
  }

  private Decision<CreditAssessment> assessResolved(CompanyRecord record, LocalDate asOf, Catalogues.Entry[] entries) {
    Ledger ledger = new Ledger(record, asOf, entries);
    ScoreSheet sheet = ledger.today();
    Decision<BlacklistStatus> blacklist = ledger.blacklist();
    CreditAssessment assessment = new CreditAssessment(record.companyId(), record.name(), sheet.score(),
        sheet.grade().code(), sheet.grade().label(), sheet.veto() != null, sheet.contributions(), ledger.cycles(),
        blacklist, ledger.consequences(blacklist));
    return new Decision<>(assessment, ledger.scoreReasons(sheet), policy.ref(), asOf);
  }

  private static void throwIfAny(List<InputError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
  }

  /** The value in force on a date, or the first value when the date comes before it. */
  private static <T> ParameterValue<T> inForceOrFirst(Timeline<T> timeline, LocalDate date) {
    return timeline.at(date).orElse(timeline.values().get(0));
  }

  /** One company's events known on the as-of date, resolved against the catalogue and sorted by date and id. */
  private final class Ledger {

    private final CompanyRecord record;
    private final LocalDate asOf;
    private final List<Counted> events;
    private List<CycleGrade> cycles;
    private ScoreSheet today;

    Ledger(CompanyRecord record, LocalDate asOf, Catalogues.Entry[] entries) {
      this.record = record;
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      List<CreditEvent> all = record.events();
      List<Counted> known = new ArrayList<>(all.size());
      for (int i = 0; i < all.size(); i++) {
        CreditEvent e = all.get(i);
        if (!e.date().isAfter(asOf)) {
          Catalogues.Entry entry = entries[i];
          CreditEventType type = entry.type();
          known.add(new Counted(e, type, e.points() != null ? e.points() : type.points(),
              e.date().plusMonths(type.validMonths()).minusDays(1), entry));
        }
      }
      this.events = Counted.sorted(known);
    }

    /** The sheet of the as-of date, scored once: the score, the grade and the consequences all read it. */
    ScoreSheet today() {
      if (today == null) {
        today = sheet(asOf);
      }
      return today;
    }

    ScoreSheet sheet(LocalDate on) {
      return ScoreSheet.of(events, on, inForceOrFirst(formulas, on).value(), inForceOrFirst(gradeBands, on).value());
    }

    /** The grade at the close of every cycle from the one of the first event to the last closed by the as-of date. */
    List<CycleGrade> cycles() {
      if (cycles == null) {
        List<CycleGrade> list = new ArrayList<>();
        int months = inForceOrFirst(cycleMonths, asOf).value();
        if (!events.isEmpty()) {
          LocalDate first = events.get(0).event().date();
          LocalDate start = LocalDate.of(first.getYear(), (first.getMonthValue() - 1) / months * months + 1, 1);
          for (LocalDate end = start.plusMonths(months).minusDays(1); !end.isAfter(asOf);
              start = start.plusMonths(months), end = start.plusMonths(months).minusDays(1)) {
            ScoreSheet sheet = sheet(end);
            list.add(new CycleGrade(start, end, sheet.score(), sheet.grade().code(),
                sheet.grade().equals(inForceOrFirst(gradeBands, end).value().lowest())));
          }
        }
        cycles = List.copyOf(list);
      }
      return cycles;
    }

    Decision<BlacklistStatus> blacklist() {
      ParameterValue<BlacklistTerms> rules = inForceOrFirst(blacklists, asOf);
      BlacklistHistory history = BlacklistHistory.replay(events, cycles(), rules.value(), rules.source(), asOf);
      return new Decision<>(new BlacklistStatus(record.companyId(), history.listedOn(asOf), history.listings()),
          history.reasons(), policy.ref(), asOf);
    }

    Decision<ConsequencesInForce> consequences(Decision<BlacklistStatus> blacklist) {
      ParameterValue<ConsequenceTable> rules = inForceOrFirst(consequenceRules, asOf);
      String grade = today().grade().code();
      boolean listed = blacklist.value().listed();
      List<ConsequenceInForce> inForce = new ArrayList<>();
      List<Reason> reasons = new ArrayList<>();
      // Reported in the order the policy defines the consequences; the check proved every rule's defined.
      for (Consequence consequence : inForceOrFirst(consequenceTypes, asOf).value().consequences()) {
        rules.value().rules().stream().filter(r -> r.consequence().equals(consequence)).findFirst().ifPresent(rule -> {
          boolean byListing = rule.whenListed() && listed;
          boolean byGrade = rule.grades().contains(grade);
          if (byListing || byGrade) {
            inForce.add(new ConsequenceInForce(consequence, consequence.favourable(), byListing,
                byGrade ? grade : null));
            Figure en = Figure.text("consequenceEn", consequence.label().en());
            Figure zh = Figure.text("consequenceZh", consequence.label().zh());
            reasons.add(byListing
                ? Reason.noted(CreditRuleIds.CONSEQUENCE_LISTED, Outcome.MET, rules.source(),
                    Figure.text("consequence", consequence.id()), en, zh,
                    Figure.date("since", blacklist.value().current().orElseThrow().since()))
                : Reason.noted(CreditRuleIds.CONSEQUENCE_GRADE, Outcome.MET, rules.source(),
                    Figure.text("consequence", consequence.id()), en, zh, Figure.text("grade", grade)));
          }
        });
      }
      if (inForce.isEmpty()) {
        reasons.add(Reason.noted(CreditRuleIds.CONSEQUENCE_NONE, Outcome.NOT_APPLICABLE, rules.source(),
            Figure.text("grade", grade)));
      }
      return new Decision<>(new ConsequencesInForce(record.companyId(), grade, listed, inForce), reasons,
          policy.ref(), asOf);
    }

    /** Why the score and grade are what they are: every event known, the caps, the sum, the band, the veto. */
    List<Reason> scoreReasons(ScoreSheet sheet) {
      List<Reason> reasons = new ArrayList<>(events.size() + CreditEventKind.values().length + 3);
      for (Counted c : events) {
        Catalogues.Entry shared = c.entry();
        Figure points = c.event().points() == null ? shared.points() : number("points", c.signedPoints());
        reasons.add(Reason.noted(CreditRuleIds.EVENT, c.countsOn(asOf) ? Outcome.MET : Outcome.NOT_APPLICABLE,
            shared.source(), Figure.text("event", c.event().id()), shared.en(), shared.zh(), shared.kind(), points,
            Figure.date("date", c.event().date()), Figure.date("lastDay", c.lastDay())));
      }
      ParameterValue<ScoreFormula> formula = inForceOrFirst(formulas, asOf);
      for (CreditEventKind kind : CreditEventKind.values()) {
        formula.value().cap(kind).ifPresent(cap -> {
          BigDecimal raw = sheet.raw().getOrDefault(kind, BigDecimal.ZERO);
          reasons.add(Reason.compared(CreditRuleIds.CAP, raw.compareTo(cap) <= 0, number("cap", cap),
              Comparison.AT_LEAST,
              number("raw", raw), formula.source(), Figure.term("kind", kind.name()))
              .withMargin(Margin.of(Fraction.of(cap), Comparison.AT_LEAST, Fraction.of(raw), MarginUnit.POINTS)));
        });
      }
      reasons.add(Reason.noted(CreditRuleIds.SCORE, Outcome.MET, formula.source(), number("score", sheet.score()),
          number("base", formula.value().base()), number("added", sheet.added()),
          number("deducted", sheet.deducted())));
      reasons.add(gradeReason(sheet));
      if (sheet.veto() != null) {
        Counted v = sheet.veto();
        reasons.add(Reason.noted(CreditRuleIds.VETO, Outcome.MET, v.entry().source(),
            Figure.text("event", v.event().id()), v.entry().en(), v.entry().zh(), Figure.date("lastDay", v.lastDay()),
            Figure.text("grade", sheet.grade().code())));
      }
      return reasons;
    }

    private Reason gradeReason(ScoreSheet sheet) {
      ParameterValue<GradeBands> bands = inForceOrFirst(gradeBands, asOf);
      List<GradeBand> list = bands.value().bands();
      int i = list.indexOf(sheet.scoreBand());
      Figure score = number("score", sheet.score());
      Figure grade = Figure.text("grade", sheet.scoreBand().code());
      Fraction points = Fraction.of(sheet.score());
      if (i == list.size() - 1) {
        BigDecimal nextAt = list.get(i - 1).atLeast();
        return Reason.compared(CreditRuleIds.GRADE_LOWEST, false, score, Comparison.AT_LEAST,
            number("nextAt", nextAt), bands.source(), grade)
            .withMargin(Margin.of(points, Comparison.AT_LEAST, Fraction.of(nextAt), MarginUnit.POINTS));
      }
      Figure atLeast = number("atLeast", sheet.scoreBand().atLeast());
      Margin margin = Margin.of(points, Comparison.AT_LEAST, Fraction.of(sheet.scoreBand().atLeast()), MarginUnit.POINTS);
      return i == 0 ? Reason.compared(CreditRuleIds.GRADE_TOP, true, score, Comparison.AT_LEAST, atLeast,
          bands.source(), grade).withMargin(margin)
          : Reason.compared(CreditRuleIds.GRADE, true, score, Comparison.AT_LEAST, atLeast, bands.source(), grade,
              number("nextAt", list.get(i - 1).atLeast())).withMargin(margin);
    }
  }

  static Figure number(String name, BigDecimal value) {
    return Figure.of(name, Fraction.of(value), Unit.NUMBER);
  }
}
