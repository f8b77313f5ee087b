/** qcdc Excel: the CSV templates read from workbooks, reports written as workbooks (.xlsx). */
@org.jspecify.annotations.NullMarked
module io.github.qcdc.excel {
  requires transitive io.github.qcdc.io;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires static org.jspecify;

  exports io.github.qcdc.excel;
}
