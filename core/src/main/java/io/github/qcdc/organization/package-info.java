/**
 * Organisations: Party bodies, state bodies, enterprises, the Front and mass organisations, boards.
 */
@NullMarked
package io.github.qcdc.organization;

import org.jspecify.annotations.NullMarked;
