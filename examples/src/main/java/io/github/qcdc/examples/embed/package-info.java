/**
 * Small programs for people embedding qcdc: {@link io.github.qcdc.examples.embed.EmbedQcdc} (read
 * documents, evaluate, write the report), {@link io.github.qcdc.examples.embed.ReceptionRule} (a
 * province's own rule, unit-tested with examples and a property) and {@link
 * io.github.qcdc.examples.embed.CheckDraft} (check a report draft's figures).
 */
@NullMarked
package io.github.qcdc.examples.embed;

import org.jspecify.annotations.NullMarked;
