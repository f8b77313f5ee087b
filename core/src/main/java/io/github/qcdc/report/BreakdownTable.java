package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Breakdown;

/**
 * A figure broken down by one or more dimensions at once: every cell of the grid, in a fixed order.
 * For a count, the cells add up to the figure's total; for a ratio or a coverage, the numerators
 * and the denominators of the cells add up to the total's.
 *
 * @param dimensions the dimensions, in order
 * @param cells every cell, in order
 * @since 0.1
 */
public record BreakdownTable(ImmutableList<Breakdown> dimensions, ImmutableList<Cell> cells) {}
