package io.github.qcdc.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import java.util.Optional;

/**
 * How a figure was computed: the definition as a sentence in Vietnamese and English, the scope and
 * period, the numerator and denominator, subjects excluded from the population with their reasons,
 * how many records counted (their ids are listed page by page by the evaluation), the parameters
 * and legal basis used, and the rounding applied when the figure is written.
 *
 * @param sentence the definition applied to the scope and period
 * @param numerator the numerator of a ratio or coverage
 * @param denominator the denominator of a ratio or coverage
 * @param failing subjects of a coverage that failed the condition
 * @param noData subjects of a coverage without the records to tell
 * @param excluded subjects left out of the population
 * @param recordsCounted the number of records that counted
 * @param parameters the parameters read, with their values
 * @param legalBasis the legal basis, for a compliance rate
 * @param rounding how the figure is rounded when written
 * @since 0.1
 */
public record Explanation(
    Phrase sentence,
    Optional<Long> numerator,
    Optional<Long> denominator,
    long failing,
    long noData,
    ImmutableList<Population.Exclusion> excluded,
    long recordsCounted,
    ImmutableSortedMap<String, Long> parameters,
    Optional<String> legalBasis,
    Phrase rounding) {

  /**
   * {@return this explanation citing {@code basis}}
   *
   * @param basis the legal basis, if any
   */
  public Explanation withLegalBasis(Optional<String> basis) {
    return new Explanation(
        sentence,
        numerator,
        denominator,
        failing,
        noData,
        excluded,
        recordsCounted,
        parameters,
        basis,
        rounding);
  }
}
