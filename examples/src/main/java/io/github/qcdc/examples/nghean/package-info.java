/**
 * Nghệ An, the province the project starts from: its report of 2016-2020 ({@link
 * io.github.qcdc.examples.nghean.SeedReport}, bundled), the two datasets that reproduce it (as
 * reported and simulated, {@link io.github.qcdc.examples.nghean.NgheAnData}), the provincial pack
 * ({@link io.github.qcdc.examples.nghean.NgheAnPack}), the reproduction of every figure beside the
 * report's ({@link io.github.qcdc.examples.nghean.Reproduction}), and the province across the 2025
 * reform ({@link io.github.qcdc.examples.nghean.NgheAnToday}).
 */
@NullMarked
package io.github.qcdc.examples.nghean;

import org.jspecify.annotations.NullMarked;
