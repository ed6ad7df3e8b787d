package io.propgov.governance.engine;

import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.mode.ModeVoteResult;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.money.MoneyAssessment;
import io.propgov.governance.owners.OwnersAssessment;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.workorder.WorkOrderAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole-estate assessment: every rule area that has facts for an estate, in one report. The
 * estate decision carries satisfaction, votes and service; the organisation path, the serving
 * company's credit and the estate's subsidy applications follow. Each area says whether it was
 * assessed and, when not, why.
 *
 * @param estateId the estate, never null
 * @param estateName its name, never null
 * @param areas each area's status, in {@link Area} order, never null
 * @param estate the estate decision (satisfaction, votes, service), never null
 * @param unitPath the units from the estate's unit up to the root, empty when not placed, never null
 * @param credit the serving company's credit assessment, or null when not assessed
 * @param subsidies the decision on each application naming the estate, in input order, never null
 * @param money the estate's money in the open, or null when not assessed (since 0.3.0)
 * @param owners the estate's owners' organisation decision, or null when not assessed (since 0.3.0)
 * @param contract the decision on the estate's service contract (the last the facts list for it), or
 *     null when not assessed
 * @param modeVote the decision on the estate's mode vote (the last the facts list for it), or null
 *     when not assessed
 * @param workOrders the work orders naming the estate, judged without the tree, or null when not assessed
 * @since 0.1.0
 */
public record EstateReport(String estateId, String estateName, List<AreaStatus> areas,
    Decision<EstateAssessment> estate, List<String> unitPath, Decision<CreditAssessment> credit,
    List<Decision<Award>> subsidies, Decision<MoneyAssessment> money, Decision<OwnersAssessment> owners,
    Decision<ContractStatus> contract, Decision<ModeVoteResult> modeVote, Decision<WorkOrderAssessment> workOrders)
    implements Conclusion {

  /** Checks the parts and copies the lists. */
  public EstateReport {
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(estateName, "estateName");
    Objects.requireNonNull(estate, "estate");
    areas = List.copyOf(areas);
    unitPath = List.copyOf(unitPath);
    subsidies = List.copyOf(subsidies);
  }

  /**
   * Returns an area's status.
   *
   * @param area the area, not null
   * @return the status, never null
   */
  public AreaStatus area(Area area) {
    return areas.stream().filter(a -> a.area() == area).findFirst().orElseThrow();
  }

  @Override
  public String messageKey() {
    return "estate.report";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("assessed", areas.stream().filter(AreaStatus::assessed).count()),
        Figure.count("areas", areas.size()));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("estate", estateName.isEmpty() ? estateId : estateName + " (" + estateId + ")");
  }

  /** The areas not assessed: their ids in English, their names in Chinese. */
  @Override
  public Map<String, io.propgov.governance.explain.Label> headlineLabels() {
    List<Area> skipped = areas.stream().filter(a -> !a.assessed()).map(AreaStatus::area).toList();
    String en = String.join(", ", skipped.stream()
        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList());
    String zh = String.join("、", skipped.stream().map(a -> io.propgov.governance.explain.Label.term(a.name()).zh()).toList());
    return Map.of("notAssessed", new io.propgov.governance.explain.Label(en.isEmpty() ? "-" : en, zh.isEmpty() ? "无" : zh));
  }

  @Override
  public List<Decision<?>> parts() {
    List<Decision<?>> parts = new ArrayList<>();
    parts.add(estate);
    if (credit != null) {
      parts.add(credit);
    }
    parts.addAll(subsidies);
    if (money != null) {
      parts.add(money);
    }
    if (owners != null) {
      parts.add(owners);
    }
    if (contract != null) {
      parts.add(contract);
    }
    if (modeVote != null) {
      parts.add(modeVote);
    }
    if (workOrders != null) {
      parts.add(workOrders);
    }
    return parts;
  }
}
