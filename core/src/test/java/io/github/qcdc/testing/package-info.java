/**
 * Generators of valid domain objects, published in the core test-jar: {@link
 * io.github.qcdc.testing.DomainSamples} (plain, seeded) and {@link
 * io.github.qcdc.testing.Generators} (QuickTheories).
 */
@NullMarked
package io.github.qcdc.testing;

import org.jspecify.annotations.NullMarked;
