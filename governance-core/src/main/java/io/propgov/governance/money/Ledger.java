package io.propgov.governance.money;

import io.propgov.governance.constraint.WholeFen;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * An estate's property-service account for a year: what it took in, what serving it cost, and
 * whether fees are collected at all (Wuhan Jiang'an counts the share of old estates that collect
 * fees and the share that break even).
 *
 * @param income the year's income, CNY, whole fen, not negative, never null
 * @param cost the year's cost, CNY, whole fen, not negative, never null
 * @param collectsFees whether property fees are collected in the estate
 * @since 0.3.0
 */
public record Ledger(@NotNull @DecimalMin("0") @WholeFen BigDecimal income,
    @NotNull @DecimalMin("0") @WholeFen BigDecimal cost, boolean collectsFees) {}
