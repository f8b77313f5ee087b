/**
 * The built-in Vietnamese rule pack: the countable obligations of the law on grassroots democracy
 * and the indicators of provincial reporting practice, each with its legal basis, legal regime and
 * the confidence of its basis ({@link io.github.qcdc.national.VietnamPack}), and provincial
 * profiles layered over it ({@link io.github.qcdc.national.ProvincialProfile}).
 */
@NullMarked
package io.github.qcdc.national;

import org.jspecify.annotations.NullMarked;
