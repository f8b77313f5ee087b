package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.FactValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV templates of {@code docs/csv.md}, read from their examples. */
class CsvTemplatesTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples", "csv");

  @Test
  void readsEveryExampleFile() throws IOException {
    Dataset dataset =
        CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
            .organizations(EXAMPLES.resolve("organizations.csv"))
            .activities(EXAMPLES.resolve("activities.csv"))
            .dataValues(EXAMPLES.resolve("data-values.csv"))
            .facts(EXAMPLES.resolve("facts.csv"))
            .read();
    assertEquals(4, dataset.gazetteer().size());
    assertEquals(
        true,
        dataset
            .gazetteer()
            .unit(UnitCode.of("16708"), LocalDate.of(2020, 1, 1))
            .orElseThrow()
            .hasTag("new-rural", LocalDate.of(2020, 1, 1)));
    assertEquals(3, dataset.organizations().size());
    assertEquals(3, dataset.activities().size());
    assertEquals(
        List.of(Amount.notApplicable(), Amount.of(226), Amount.of(15)),
        dataset.dataValues().stream()
            .map(v -> v.amount())
            .sorted(java.util.Comparator.comparing(Amount::toString).reversed())
            .toList());
    assertEquals(
        List.of(FactValue.of(true), FactValue.of(new BigDecimal("16493.7")), FactValue.of(7)),
        dataset.facts().stream().map(f -> f.value()).toList());
  }

  @Test
  void placesProblemsOfEveryFileOnTheirRows() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
                        .dataValues(
                            "dv.csv",
                            () ->
                                new StringReader(
                                    """
                                    id,element,unit,period,value
                                    a,supervisions,40,2020,many
                                    b,supervisions,99,2020,1
                                    """))
                        .facts(
                            "facts.csv",
                            () ->
                                new StringReader(
                                    "id,subject,key,value\nf,unit:40,k,true\nf,unit:40,k,false\n"))
                        .read())
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(List.of("dv.csv:2 value: expected a whole number or n/a: 'many'"), problems);
    List<String> builderProblems =
        assertThrows(
                QcdcException.class,
                () ->
                    CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
                        .dataValues(
                            "dv.csv",
                            () ->
                                new StringReader(
                                    "id,element,unit,period,value\nb,supervisions,99,2020,1\n"))
                        .facts(
                            "facts.csv",
                            () ->
                                new StringReader(
                                    "id,subject,key,value\nf,unit:40,k,true\nf,unit:40,k,false\n"))
                        .read())
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "dv.csv:2 unit: data value b: unknown unit 99",
            "facts.csv:3 id: duplicate fact id f, first used at facts[0]"),
        builderProblems);
  }

  @Test
  void checksTheUnitsFileFirst() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    CsvDataset.withUnits(
                            "units.csv",
                            () ->
                                new StringReader(
                                    "code,name,type,parent\n40,Nghệ An,tinh,\n412,Vinh,quan,41\n"))
                        .read())
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(List.of("units.csv:3 parent: unknown parent unit 41 of unit 412"), problems);
  }
}
