/** Import of the GSO list of administrative units (danh mục hành chính). */
@NullMarked
package io.github.qcdc.io.gso;

import org.jspecify.annotations.NullMarked;
