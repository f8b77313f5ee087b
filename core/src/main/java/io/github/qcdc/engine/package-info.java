/** The engine: evaluates a rule pack over a dataset, a scope and a period, in one pass. */
@NullMarked
package io.github.qcdc.engine;

import org.jspecify.annotations.NullMarked;
