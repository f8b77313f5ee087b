/**
 * Indicators: filters, populations, measures, conditions, breakdowns and formats, as immutable
 * values with a fluent API.
 */
@NullMarked
package io.github.qcdc.indicator;

import org.jspecify.annotations.NullMarked;
