package io.github.qcdc.io.gso;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.LegalAct;
import io.github.qcdc.geo.SuccessionEdge;
import io.github.qcdc.geo.UnitCode;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the edge list of the reform of 2025-07-01 as the bundled {@code reform-2025-07-01.csv}
 * holds it: {@code tier,old_code,old_name,new_code,new_name,kind,legal_act,clause}, one row an edge
 * old unit -> new unit, {@code kind} {@code full} or {@code partial}.
 */
final class ReformEdges {
  static final List<String> HEADER =
      List.of(
          "tier", "old_code", "old_name", "new_code", "new_name", "kind", "legal_act", "clause");

  private ReformEdges() {}

  /**
   * The edges of {@code reader}, each placed {@code source:line}; {@code acts} gives each act
   * number's signing day.
   *
   * @throws QcdcException listing every malformed row
   */
  static List<SuccessionEdge> read(Reader reader, String source, Map<String, LocalDate> acts)
      throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<SuccessionEdge> edges = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
      List<String> header = rows.hasNextValue() ? List.of(rows.nextValue()) : List.of();
      if (!header.equals(HEADER)) {
        throw new QcdcException(
            "invalid edge list",
            List.of(
                Problem.of(
                    source + ":1",
                    "header must be %s, got %s",
                    String.join(",", HEADER),
                    String.join(",", header))));
      }
      while (rows.hasNextValue()) {
        int line = rows.getParser().currentTokenLocation().getLineNr() + 1;
        String[] cells = rows.nextValue();
        String at = source + ":" + line;
        try {
          if (cells.length != HEADER.size()) {
            throw new IllegalArgumentException(
                "row has " + cells.length + " cells; expected " + HEADER.size());
          }
          boolean partial =
              switch (cells[5]) {
                case "full" -> false;
                case "partial" -> true;
                default ->
                    throw new IllegalArgumentException(
                        "kind: must be full or partial, got '" + cells[5] + "'");
              };
          LocalDate signed = acts.get(cells[6]);
          if (signed == null) {
            throw new IllegalArgumentException(
                "legal_act: " + cells[6] + " is not one of the acts known " + acts.keySet());
          }
          edges.add(
              new SuccessionEdge(
                  UnitCode.of(cells[1]),
                  UnitCode.of(cells[3]),
                  partial,
                  LegalAct.of(cells[6], signed, ""),
                  cells[7],
                  at));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of(at, "%s", String.valueOf(e.getMessage())));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new QcdcException("invalid edge list " + source, problems);
    }
    return edges;
  }
}
