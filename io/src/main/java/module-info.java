/** qcdc io: reading and writing qcdc documents, and importing the GSO list of units. */
@org.jspecify.annotations.NullMarked
module io.github.qcdc.io {
  requires transitive io.github.qcdc.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;
  requires static org.immutables.value.annotations; // core's style annotation, read by javadoc

  exports io.github.qcdc.io.gso;
  exports io.github.qcdc.io.json;
  exports io.github.qcdc.io.csv;
  exports io.github.qcdc.io.html;
  exports io.github.qcdc.io.internal to
      io.github.qcdc.examples,
      io.github.qcdc.excel;

  provides com.fasterxml.jackson.databind.Module with
      io.github.qcdc.io.json.QcdcModule;
}
