/**
 * Reporting periods ({@code 2020}, {@code 2020S1}, {@code 2020Q3}, {@code 2020-03}, {@code
 * 2016/2020}, date ranges), the calendars that map them to days, and closed date intervals for
 * validity.
 */
@NullMarked
package io.github.qcdc.period;

import org.jspecify.annotations.NullMarked;
