/**
 * The three kinds of record: dated {@link io.github.qcdc.records.Activity activities}, aggregate
 * {@link io.github.qcdc.records.DataValue data values}, and time-valid {@link
 * io.github.qcdc.records.Fact facts}.
 */
@NullMarked
package io.github.qcdc.records;

import org.jspecify.annotations.NullMarked;
