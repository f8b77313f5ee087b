/**
 * The {@link io.github.qcdc.dataset.Dataset}: gazetteer, organisations and records, validated with
 * every problem reported at once, and activities stored as sorted columns for the engine.
 */
@NullMarked
package io.github.qcdc.dataset;

import org.jspecify.annotations.NullMarked;
