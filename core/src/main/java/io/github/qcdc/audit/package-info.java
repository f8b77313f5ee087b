/** Audit: reported figures checked against computed ones and against themselves. */
@NullMarked
package io.github.qcdc.audit;

import org.jspecify.annotations.NullMarked;
