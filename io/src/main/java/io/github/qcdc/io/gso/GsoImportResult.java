package io.github.qcdc.io.gso;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.geo.Gazetteer;

/**
 * What an import of the GSO list gave: the gazetteer of the rows it placed, and one problem for
 * every row it could not place (empty after a strict import).
 *
 * @param gazetteer the units placed
 * @param unplaced the rows not placed, each with its file, line and reason
 * @param rowsRead the number of data rows read, header excluded
 * @since 0.1
 */
public record GsoImportResult(Gazetteer gazetteer, ImmutableList<Problem> unplaced, int rowsRead) {}
