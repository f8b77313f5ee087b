/** Runnable examples of qcdc on bundled data. */
@NullMarked
package io.github.qcdc.examples;

import org.jspecify.annotations.NullMarked;
