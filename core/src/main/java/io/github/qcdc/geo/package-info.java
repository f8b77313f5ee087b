/**
 * Administrative units through time: tiers, types, codes, tags, the {@link
 * io.github.qcdc.geo.Gazetteer} with its successions, and the {@link io.github.qcdc.geo.AdminTree}
 * in force on a day.
 */
@NullMarked
package io.github.qcdc.geo;

import org.jspecify.annotations.NullMarked;
