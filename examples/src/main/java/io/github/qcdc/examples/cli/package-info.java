/** The {@code qcdc} command line, in {@code examples/target/qcdc.jar}. */
@NullMarked
package io.github.qcdc.examples.cli;

import org.jspecify.annotations.NullMarked;
