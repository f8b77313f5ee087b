/** Helpers shared across packages; not API, not exported. */
@NullMarked
package io.github.qcdc.internal;

import org.jspecify.annotations.NullMarked;
