/** Runnable qcdc examples on bundled data. */
@org.jspecify.annotations.NullMarked
module io.github.qcdc.examples {
  requires io.github.qcdc.io;
  requires io.github.qcdc.excel;
  requires static org.jspecify;

  exports io.github.qcdc.examples;
  exports io.github.qcdc.examples.cli;

  provides io.github.qcdc.national.ProfileProvider with
      io.github.qcdc.examples.nghean.NgheAnProfileProvider;
}
