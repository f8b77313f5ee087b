/** JSON documents of qcdc: datasets ({@code qcdc.dataset/1}). */
@NullMarked
package io.github.qcdc.io.json;

import org.jspecify.annotations.NullMarked;
