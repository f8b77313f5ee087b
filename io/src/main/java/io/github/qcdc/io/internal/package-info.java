/**
 * What the JSON and CSV readers share: a record's fields however its document lays them out, and
 * the records built from them. Not exported.
 */
@NullMarked
package io.github.qcdc.io.internal;

import org.jspecify.annotations.NullMarked;
