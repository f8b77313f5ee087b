/** Reports: figures with exact values, breakdowns, explanations and verdict tables. */
@NullMarked
package io.github.qcdc.report;

import org.jspecify.annotations.NullMarked;
