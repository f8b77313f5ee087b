/** JMH benchmarks and footprint measurements of qcdc on synthetic national data. */
@NullMarked
package io.github.qcdc.benchmarks;

import org.jspecify.annotations.NullMarked;
