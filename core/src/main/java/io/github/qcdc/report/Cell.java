package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;

/**
 * One cell of a breakdown: its labels, one per dimension of the table, and its value.
 *
 * @param labels the cell's label in each dimension, in the table's order
 * @param value the value; for a ratio or coverage, the fraction of the cell's own parts
 * @since 0.1
 */
public record Cell(ImmutableList<String> labels, FigureValue value) {}
