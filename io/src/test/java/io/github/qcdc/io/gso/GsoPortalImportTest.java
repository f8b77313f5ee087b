package io.github.qcdc.io.gso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GsoPortalImportTest {
  private static final String HEADER =
      "Mã TP,Tỉnh Thành Phố,Mã QH,Quận Huyện,Mã PX,Phường Xã,Cấp\n";

  @Test
  void readsThePortalExportLayout() throws IOException {
    GsoImportResult result =
        GsoImport.strict()
            .read(
                new StringReader(
                    HEADER
                        + "40,Tỉnh Nghệ An,412,Thành phố Vinh,16681,Phường Quang Trung,Phường\n"
                        + "40,Tỉnh Nghệ An,412,Thành phố Vinh,16708,Xã Hưng Lộc,Xã\n"
                        + "40,Tỉnh Nghệ An,413,Thị xã Cửa Lò,16729,Phường Nghi Thuỷ,Phường\n"
                        + "01,Thành phố Hà Nội,001,Quận Ba Đình,00001,Phường Phúc Xá,Phường\n"),
                "portal.csv");
    AdminTree tree = result.gazetteer().asOf(LocalDate.of(2020, 1, 1));
    assertEquals(4, result.rowsRead());
    assertEquals(
        Map.of(
            UnitType.TINH,
            1L,
            UnitType.THANH_PHO_THUOC_TINH,
            1L,
            UnitType.THI_XA,
            1L,
            UnitType.PHUONG,
            2L,
            UnitType.XA,
            1L),
        tree.countsByType(UnitCode.of("40")));
    assertEquals(
        UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG,
        tree.unit(UnitCode.of("01")).orElseThrow().type());
    assertEquals("Hưng Lộc", tree.unit(UnitCode.of("16708")).orElseThrow().name());
  }

  @Test
  void reportsInconsistentNamesAndUnknownTypes() {
    List<String> problems =
        assertThrows(
                QcdcException.class,
                () ->
                    GsoImport.strict()
                        .read(
                            new StringReader(
                                HEADER
                                    + "40,Tỉnh Nghệ An,412,Thành phố Vinh,16681,Phường Quang Trung,Phường\n"
                                    + "40,Tỉnh Nghệ Anh,412,Thành phố Vinh,16708,Xã Hưng Lộc,Xã\n"
                                    + "40,Tỉnh Nghệ An,413,Khu Cửa Lò,16729,Phường Nghi Thuỷ,Phường\n"
                                    + "40,Tỉnh Nghệ An,412,Thành phố Vinh,16730,Phường Mới,Khu\n"),
                            "portal.csv"))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "portal.csv:3: Tỉnh Thành Phố: unit 40 is 'Tỉnh Nghệ Anh' here but 'Tỉnh Nghệ An' on line 2",
            "portal.csv:4: Quận Huyện: 'Khu Cửa Lò' does not start with a type (Huyện, Quận, Thị xã, Thành phố)",
            "portal.csv:4: parent_code: commune 16729 Nghi Thuỷ names parent district 413, which the list does not contain",
            "portal.csv:5: Cấp: expected Xã, Phường, Thị trấn or Đặc khu, got 'Khu'"),
        problems);
  }
}
