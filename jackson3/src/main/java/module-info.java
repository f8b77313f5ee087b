/** qcdc Jackson 3: the qcdc module for {@code tools.jackson}, with the documents' wire forms. */
@org.jspecify.annotations.NullMarked
module io.github.qcdc.jackson3 {
  requires transitive io.github.qcdc.io;
  requires transitive tools.jackson.databind;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.qcdc.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.qcdc.jackson3.QcdcJackson3Module;
}
