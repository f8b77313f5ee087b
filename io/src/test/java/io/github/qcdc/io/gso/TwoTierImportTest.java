package io.github.qcdc.io.gso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The two-tier lists of 2025: communes directly under provinces, special zones. */
class TwoTierImportTest {
  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

  @Test
  void readsTheBundledTwoTierListStrictly() throws IOException {
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(VietnamUnits.class.getResourceAsStream("units-2025-07-01.csv")),
            StandardCharsets.UTF_8)) {
      GsoImportResult result = GsoImport.strict().read(reader, "units-2025-07-01.csv");
      AdminTree tree = result.gazetteer().asOf(DAY);
      assertEquals(34, tree.roots().size());
      assertEquals(3_321, tree.unitsAt(Tier.COMMUNE).size());
      assertEquals(0, tree.unitsAt(Tier.DISTRICT).size());
      assertEquals(130, tree.count(UnitCode.of("40"), Tier.COMMUNE));
      assertEquals(
          13,
          tree.unitsAt(Tier.COMMUNE).stream().filter(u -> u.type() == UnitType.DAC_KHU).count());
    }
  }

  @Test
  void readsAHanhchinhvnListWithCommunesUnderProvincesAndSpecialZones() throws IOException {
    GsoImportResult result =
        GsoImport.strict()
            .read(
                new StringReader(
                    String.join(",", GsoImport.HEADER)
                        + "\n31,Hải Phòng,Thành phố Hải Phòng,thanh-pho,1,\n"
                        + "11948,Bạch Long Vĩ,Đặc khu Bạch Long Vĩ,dac-khu,3,31\n"
                        + "40,Nghệ An,Tỉnh Nghệ An,tinh,1,\n"
                        + "16681,Thành Vinh,Phường Thành Vinh,phuong,3,40\n"),
                "two-tier.csv");
    AdminTree tree = result.gazetteer().asOf(DAY);
    assertEquals(UnitType.DAC_KHU, tree.unit(UnitCode.of("11948")).orElseThrow().type());
    assertEquals("40", tree.parent(UnitCode.of("16681")).orElseThrow().code().value());
  }

  @Test
  void readsThePortalExportWithoutDistrictColumns() throws IOException {
    GsoImportResult result =
        GsoImport.strict()
            .read(
                new StringReader(
                    "Mã TP,Tỉnh Thành Phố,Mã PX,Phường Xã,Cấp\n"
                        + "40,Tỉnh Nghệ An,16681,Phường Thành Vinh,Phường\n"
                        + "40,Tỉnh Nghệ An,16708,Xã Hưng Nguyên Nam,Xã\n"
                        + "31,Thành phố Hải Phòng,11948,Đặc khu Bạch Long Vĩ,Đặc khu\n"),
                "portal-2025.csv");
    AdminTree tree = result.gazetteer().asOf(DAY);
    assertEquals(
        Map.of(UnitType.TINH, 1L, UnitType.PHUONG, 1L, UnitType.XA, 1L),
        tree.countsByType(UnitCode.of("40")));
    assertEquals("Bạch Long Vĩ", tree.unit(UnitCode.of("11948")).orElseThrow().name());
  }

  @Test
  void placesEveryProblemOfATwoTierExport() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    GsoImport.strict()
                        .read(
                            new StringReader(
                                "Mã TP,Tỉnh Thành Phố,Mã PX,Phường Xã,Cấp\n"
                                    + "40,Tỉnh Nghệ An,16681,Phường Thành Vinh\n"
                                    + "40,Tỉnh Nghệ An,16708,Khu Hưng Nguyên,Khu\n"),
                            "portal-2025.csv"))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "portal-2025.csv:2: row has 4 cells; expected 5 (Mã TP,Tỉnh Thành Phố,Mã PX,Phường Xã,Cấp)",
            "portal-2025.csv:3: Cấp: expected Xã, Phường, Thị trấn or Đặc khu, got 'Khu'"),
        problems);
  }
}
