package io.propgov.governance.bench;

import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.PartyThresholds;
import io.propgov.governance.policy.GovernancePolicy;

/**
 * The policy the benchmarks judge with: the bundled {@code cn-default} preset, read from its JSON
 * like any host would (national vote rules, Handan's satisfaction rules, Wuhan's four levels with
 * Handan's escalation rule), so that the benchmarks measure the policy users run.
 */
public final class BenchPolicy {

  /** The {@code cn-default} preset. */
  public static final GovernancePolicy POLICY = GovernanceJson.create().presetPolicy(GovernanceJson.DEFAULT_PRESET);

  /** The bundled {@code yantai} preset: cn-default's rules with Yantai's credit scheme, for the credit benchmark. */
  public static final GovernancePolicy YANTAI = GovernanceJson.create().presetPolicy("yantai");

  /** Its level template on the benchmarks' as-of date. */
  public static final LevelTemplate LEVELS = POLICY.valueAt(OrgParameters.LEVELS, TreeGenerator.AS_OF).value();

  /** Its party-organisation thresholds on the benchmarks' as-of date. */
  public static final PartyThresholds THRESHOLDS =
      POLICY.valueAt(OrgParameters.PARTY_THRESHOLDS, TreeGenerator.AS_OF).value();

  /** The level codes of the template, top first. */
  public static final String SUB_DISTRICT = "sub-district";
  /** The community level. */
  public static final String COMMUNITY = "community";
  /** The estate level. */
  public static final String ESTATE = "estate";
  /** The building level. */
  public static final String BUILDING = "building";

  private BenchPolicy() {}
}
