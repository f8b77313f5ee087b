/**
 * Helpers over the definitions of {@link io.github.qcdc.indicator}, for the engine and the rule
 * pack. Not exported: not API.
 */
package io.github.qcdc.indicator.internal;
