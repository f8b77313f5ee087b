package io.github.qcdc.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Succession;
import io.github.qcdc.geo.SuccessionKind;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.gso.VietnamUnits;
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
  void readsTheVietnameseStyleExampleExactly() throws IOException {
    Dataset dataset =
        CsvDataset.withUnits(EXAMPLES.resolve("units.csv"))
            .dataValues(EXAMPLES.resolve("data-values-vi.csv"))
            .read();
    assertEquals(
        List.of("621.9 km", "5973", "gần 800", "97.25%"),
        List.of("r1", "r2", "r3", "r4").stream()
            .map(
                id ->
                    dataset.dataValues().stream()
                        .filter(v -> v.id().value().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .amount()
                        .toString())
            .toList());
  }

  @Test
  void extendsAndCorrectsTheBundledUnitsWithUnitsAndSuccessionsFiles() throws IOException {
    Dataset dataset =
        CsvDataset.over(VietnamUnits.gazetteer())
            .units(EXAMPLES.resolve("units-extension.csv"))
            .successions(EXAMPLES.resolve("successions.csv"))
            .activities(
                "activities.csv",
                () ->
                    new StringReader(
                        "id,type,unit,date\nhop-1,community-meeting,16708.khoi-1,2025-08-01\n"))
            .read();
    Gazetteer units = dataset.gazetteer();
    assertEquals(VietnamUnits.gazetteer().size() + 2, units.size());
    assertEquals(
        UnitType.XA,
        units.unit(UnitCode.of("16738"), LocalDate.of(2025, 12, 31)).orElseThrow().type());
    assertEquals(
        UnitType.PHUONG,
        units.unit(UnitCode.of("16738"), LocalDate.of(2026, 1, 1)).orElseThrow().type());
    Succession change =
        units
            .successionsOf(UnitCode.of("16738"))
            .get(units.successionsOf(UnitCode.of("16738")).size() - 1);
    assertEquals(SuccessionKind.TYPE_CHANGE, change.kind());
    assertEquals("0001/NQ-EXAMPLE", change.act().number());
    assertEquals(LocalDate.of(2025, 12, 1), change.act().date());
    assertEquals("1", change.clause());
    assertEquals(VietnamUnits.gazetteer().knownFrom(), units.knownFrom());
    assertEquals(1, dataset.activities().size());
  }

  @Test
  void placesProblemsOfTheSuccessionsFileOnTheirRows() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    CsvDataset.over(VietnamUnits.gazetteer())
                        .successions(
                            "successions.csv",
                            () ->
                                new StringReader(
                                    """
                                    date,kind,from,to,share,act
                                    2026-01-01,annex,16738,16738,full,1/NQ
                                    2026-01-01,merge,16738,16744,half,1/NQ
                                    2026-01-01,merge,16738,16744,full,2/NQ
                                    """))
                        .read())
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "successions.csv:2 kind: expected one of merge, split, rename, type-change, reparent,"
                + " tier-removal, dissolution, arrangement, unrecorded: 'annex'",
            "successions.csv:3 share: expected full or partial: 'half'",
            "successions.csv:4: merge on 2026-01-01: a merge takes 2 or more predecessors and 1"
                + " successor, got [16738] -> [16744] (rows [4])"),
        problems);
  }

  @Test
  void placesProblemsOfTheCombinedUnitsOnTheFilesThatCausedThem() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    CsvDataset.over(VietnamUnits.gazetteer())
                        .units(
                            "units.csv",
                            () ->
                                new StringReader(
                                    "code,name,type,parent\n99999.x,Thôn X,thon,99999\n"))
                        .successions(
                            "successions.csv",
                            () ->
                                new StringReader(
                                    "date,kind,from,to,act\n2026-01-01,rename,88888,88888,1/NQ\n"))
                        .read())
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "units.csv:2 parent: unknown parent unit 99999 of unit 99999.x",
            "successions.csv:2 predecessors[0]: unknown unit 88888",
            "successions.csv:2 successors[0]: unknown unit 88888"),
        problems);
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
    assertEquals(
        List.of(
            "dv.csv:2 value: expected a number (such as 5973 or 621.9), optionally after a"
                + " qualifier (trên, hơn, tối thiểu, ít nhất, gần, khoảng) and before a measure"
                + " unit, or n/a: 'many'"),
        problems);
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
