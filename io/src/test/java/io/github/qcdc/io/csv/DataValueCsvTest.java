package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.testing.NgheAn;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value cell the file's declared style cannot read is refused at its line and column. */
class DataValueCsvTest {
  private static final Gazetteer NGHE_AN = NgheAn.snapshot().build();

  private static List<String> problems(String header, String value) {
    String csv = "id,element,unit,period," + header + "\nv1,e,412,2020," + value + "\n";
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () -> DataValueCsv.read(NGHE_AN, new StringReader(csv), "values.csv"));
    return e.problems().stream().map(Object::toString).toList();
  }

  @Test
  void aGroupedLookingPlainNumberIsAmbiguous() {
    assertEquals(
        List.of(
            "values.csv:2 value: '5.973' is ambiguous: 5973 grouped the Vietnamese way, or a"
                + " decimal? Name the column value:vi (5.973 is 5973) or value:en (5.973 is five"
                + " point nine seven three)"),
        problems("value", "5.973"));
  }

  @Test
  void aCommaInAPlainNumberAsksForADeclaredStyle() {
    assertEquals(
        List.of(
            "values.csv:2 value: '621,9' is not a plain number such as 5973 or 621.9; for numbers"
                + " written the Vietnamese way (5.973, 621,9) name the column value:vi, for 5,973"
                + " value:en"),
        problems("value", "\"621,9\""));
  }

  @Test
  void aNumberThatDoesNotFitTheDeclaredStyleIsRefused() {
    assertEquals(
        List.of(
            "values.csv:2 value: not a number in vietnamese style (thousands '.', decimals ','):"
                + " '5.97'"),
        problems("value:vi", "5.97"));
  }

  @Test
  void anUnknownQualifierWordIsRefused() {
    assertEquals(
        List.of(
            "values.csv:2 value: 'chừng' is not a qualifier; expected trên, hơn, tối thiểu, ít"
                + " nhất, gần or khoảng: 'chừng 800'"),
        problems("value", "chừng 800"));
  }

  @Test
  void aStyleOnAColumnThatTakesNoneIsAnUnknownColumn() {
    String csv = "id,element:vi,unit,period,value\nv1,e,412,2020,1\n";
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () -> DataValueCsv.read(NGHE_AN, new StringReader(csv), "values.csv"));
    assertEquals(
        List.of(
            "values.csv:1: missing column element; the header needs id,element,unit,period,value",
            "values.csv:1: unknown column 'element:vi'; expected id, element, unit, period, value,"
                + " as_of, source, disaggregation.KEY"),
        e.problems().stream().map(Object::toString).toList());
  }
}
