package io.propgov.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.batch.EstateLineJudge;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine against its baselines on the same inputs, in one run (the baselines give the same
 * answers: {@code BaselinesTests}). Average time per call in µs; each call takes the next of
 * {@value #SIZE} generated inputs (seed {@value EstateGenerator#SEED}), judged as of 2024-12-31
 * under the {@code cn-default} preset.
 * <ul>
 *   <li>{@code assess*}: one estate with one survey round of 200 answers
 *       ({@link EstateGenerator#surveyed}): the engine's {@code assess} (validation, rating,
 *       explanation), {@link HandWrittenRules}, {@link EasyRulesBaseline}, {@link DroolsBaseline}.</li>
 *   <li>{@code vote*}: one owners' vote over 10,000 ballots ({@link EstateGenerator#vote}).</li>
 *   <li>{@code jsonPath}: one estate line read, assessed and its decision written, as the
 *       {@code batch} command does per line; {@code jacksonBare}: Jackson's bare {@code readTree}
 *       of the same line and {@code writeValueAsString} of the same decision document.</li>
 *   <li>{@code credit*}: one company's credit record of {@value #EVENTS} events over three years
 *       ({@link CreditGenerator}) under the {@code yantai} preset: the engine's
 *       {@code credit().assess} (validation, score, grade, cycle grades, blacklist replay,
 *       consequences, explanation), and the score and grades by {@link HandWrittenCredit},
 *       {@link EasyRulesBaseline#credit} and {@link DroolsBaseline#credit}.</li>
 * </ul>
 * {@code gradeHandWritten} times the Yantai grade bands of one score alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class RuleBenchmarks {

  /** Inputs cycled through, so that no call sees the same object twice in a row. */
  static final int SIZE = 64;
  /** Ballots per vote. */
  static final int BALLOTS = 10_000;
  /** Answers per survey round. */
  static final int ANSWERS = 200;
  /** Events per credit record. */
  static final int EVENTS = 100;

  private final GovernanceEngine engine = GovernanceEngine.create(BenchPolicy.POLICY);
  private final GovernanceEngine yantai = GovernanceEngine.create(BenchPolicy.YANTAI);
  private final GovernanceJson json = GovernanceJson.create();
  private final ObjectMapper jackson = new ObjectMapper();
  private EasyRulesBaseline easyRules;
  private DroolsBaseline drools;
  private EstateLineJudge judge;
  private Estate[] estates;
  private OwnersVote[] votes;
  private CompanyRecord[] records;
  private String[] lines;
  private JsonNode[] decisions;
  private java.math.BigDecimal[] scores;
  private int next;

  /** Generates the inputs and builds the baselines. @throws IOException never */
  @Setup
  public void setUp() throws IOException {
    easyRules = new EasyRulesBaseline();
    drools = new DroolsBaseline();
    judge = new EstateLineJudge(json, engine, EstateGenerator.AS_OF, Locale.ENGLISH);
    estates = new Estate[SIZE];
    votes = new OwnersVote[SIZE / 8];
    lines = new String[SIZE];
    decisions = new JsonNode[SIZE];
    scores = new java.math.BigDecimal[SIZE];
    for (int i = 0; i < SIZE; i++) {
      estates[i] = EstateGenerator.surveyed(i, ANSWERS);
      lines[i] = json.writeEstateLine(estates[i]);
      decisions[i] = jackson.readTree(judge.judge(i + 1, lines[i]).json());
      scores[i] = java.math.BigDecimal.valueOf(50 + i * 7 % 50, 1 + i % 2);
    }
    records = new CompanyRecord[SIZE];
    for (int i = 0; i < SIZE; i++) {
      records[i] = CreditGenerator.record(i, EVENTS);
    }
    for (int i = 0; i < votes.length; i++) {
      votes[i] = EstateGenerator.vote(i, BALLOTS);
    }
  }

  private int next() {
    return next = (next + 1) & (SIZE - 1);
  }

  /** @return the engine's decision */
  @Benchmark
  public Decision<?> assessEngine() {
    return engine.assess(estates[next()], EstateGenerator.AS_OF);
  }

  /** @return the status */
  @Benchmark
  public EstateStatus assessHandWritten() {
    return HandWrittenRules.assess(estates[next()], EstateGenerator.AS_OF);
  }

  /** @return the status */
  @Benchmark
  public EstateStatus assessEasyRules() {
    return easyRules.assess(estates[next()], EstateGenerator.AS_OF);
  }

  /** @return the status */
  @Benchmark
  public EstateStatus assessDrools() {
    return drools.assess(estates[next()], EstateGenerator.AS_OF);
  }

  /** @return the engine's decision */
  @Benchmark
  public Decision<VoteResult> voteEngine() {
    return engine.vote().decide(votes[next() & (votes.length - 1)], EstateGenerator.AS_OF);
  }

  /** @return the verdict */
  @Benchmark
  public int voteHandWritten() {
    return HandWrittenRules.decide(votes[next() & (votes.length - 1)]);
  }

  /** @return the verdict */
  @Benchmark
  public int voteEasyRules() {
    return easyRules.decide(votes[next() & (votes.length - 1)]);
  }

  /** @return the verdict */
  @Benchmark
  public int voteDrools() {
    return drools.decide(votes[next() & (votes.length - 1)]);
  }

  /** @return the output line */
  @Benchmark
  public String jsonPath() {
    int i = next();
    return judge.judge(i + 1, lines[i]).json();
  }

  /** @return the written document @throws IOException never */
  @Benchmark
  public String jacksonBare() throws IOException {
    int i = next();
    jackson.readTree(lines[i]);
    return jackson.writeValueAsString(decisions[i]);
  }

  /** @return the engine's decision */
  @Benchmark
  public Decision<CreditAssessment> creditEngine() {
    return yantai.credit().assess(records[next()], EstateGenerator.AS_OF);
  }

  /** @return the score and grades */
  @Benchmark
  public HandWrittenCredit.Result creditHandWritten() {
    return HandWrittenCredit.assess(records[next()], EstateGenerator.AS_OF);
  }

  /** @return the score and grades */
  @Benchmark
  public HandWrittenCredit.Result creditEasyRules() {
    return easyRules.credit(records[next()], EstateGenerator.AS_OF);
  }

  /** @return the score and grades */
  @Benchmark
  public HandWrittenCredit.Result creditDrools() {
    return drools.credit(records[next()], EstateGenerator.AS_OF);
  }

  /** @return the grade */
  @Benchmark
  public String gradeHandWritten() {
    return HandWrittenRules.grade(scores[next()]);
  }
}
