/**
 * qcdc core: the domain model, periods, the gazetteer, datasets, indicators and rules, the engine,
 * the audit, the national rule pack and Vietnamese text handling. No I/O.
 */
@org.jspecify.annotations.NullMarked
module io.github.qcdc.core {
  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.qcdc;
  exports io.github.qcdc.geo;
  exports io.github.qcdc.period;
  exports io.github.qcdc.organization;
  exports io.github.qcdc.records;
  exports io.github.qcdc.dataset;
  exports io.github.qcdc.text;
  exports io.github.qcdc.indicator;
  exports io.github.qcdc.rule;
  exports io.github.qcdc.engine;
  exports io.github.qcdc.report;
  exports io.github.qcdc.audit;
  exports io.github.qcdc.national;

  uses io.github.qcdc.national.ProfileProvider;
}
