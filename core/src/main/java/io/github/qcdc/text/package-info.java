/** Vietnamese text: name normalisation for look-up, and number formats (vi-VN and English). */
@NullMarked
package io.github.qcdc.text;

import org.jspecify.annotations.NullMarked;
