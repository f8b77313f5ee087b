/**
 * qcdc: exact, explainable report figures for grassroots democracy (QCDC) in Vietnam.
 *
 * <p>This package holds what every other package shares: {@link io.github.qcdc.Problem} and the one
 * domain exception, {@link io.github.qcdc.QcdcException}.
 */
@NullMarked
package io.github.qcdc;

import org.jspecify.annotations.NullMarked;
