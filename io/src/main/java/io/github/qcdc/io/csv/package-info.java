/** CSV files as provinces keep them in spreadsheets: activities. */
@NullMarked
package io.github.qcdc.io.csv;

import org.jspecify.annotations.NullMarked;
