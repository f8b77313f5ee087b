/** Compliance rules with their legal basis and regime, verdicts, evidence, and rule packs. */
@NullMarked
package io.github.qcdc.rule;

import org.jspecify.annotations.NullMarked;
