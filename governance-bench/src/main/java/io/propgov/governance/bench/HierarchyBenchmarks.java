package io.propgov.governance.bench;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.OrgTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The organisation-hierarchy work of the engine on generated Wuhan-shaped trees
 * ({@link TreeGenerator}, seed {@value #SEED}) of 1,000 and 100,000 units.
 *
 * <ul>
 *   <li>{@code validate}: {@link OrgTree#validate} of every unit (ids, levels, parents, cycles, roots).</li>
 *   <li>{@code buildTree}: {@link OrgTree#of}, validation plus the indexed tree.</li>
 *   <li>{@code rollUpRates}: {@link GovernanceEngine#rates}: validates all facts (tree and every
 *       estate), builds the tree, rates every estate and rolls up the six rates cn-default defines.</li>
 *   <li>{@code reportRoot}: {@link GovernanceEngine#report} for the root: the same validation
 *       and roll-up plus party coverage and cross appointment of every company and committee.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class HierarchyBenchmarks {

  /** The seed of the generated facts. */
  public static final long SEED = 42L;

  @Param({"1000", "100000"})
  public int units;

  private HierarchyFacts facts;
  private LevelTemplate template;
  private GovernanceEngine engine;
  private LocalDate asOf;

  /** Generates the facts once per trial and checks that the engine accepts them. */
  @Setup(Level.Trial)
  public void setUp() {
    facts = TreeGenerator.generate(units, SEED);
    template = BenchPolicy.LEVELS;
    engine = GovernanceEngine.create(BenchPolicy.POLICY);
    asOf = TreeGenerator.AS_OF;
    List<InputError> errors = engine.validate(facts, asOf);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("generated facts are invalid: " + errors.subList(0, Math.min(5, errors.size())));
    }
  }

  /** @return the errors of the units, empty */
  @Benchmark
  public List<InputError> validate() {
    return OrgTree.validate(template, facts.units(), "/units");
  }

  /** @return the validated, indexed tree */
  @Benchmark
  public OrgTree buildTree() {
    return OrgTree.of(template, facts.units());
  }

  /** @return every unit's rates, those cn-default defines */
  @Benchmark
  public Map<String, UnitRates> rollUpRates() {
    return engine.rates(facts, asOf);
  }

  /** @return the root's report */
  @Benchmark
  public Decision<UnitReport> reportRoot() {
    return engine.report(facts, TreeGenerator.ROOT_ID, asOf);
  }
}
