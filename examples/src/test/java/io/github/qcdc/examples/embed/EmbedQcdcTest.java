package io.github.qcdc.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.examples.nghean.NgheAnData;
import io.github.qcdc.examples.nghean.NgheAnPack;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedQcdcTest {
  @Test
  void readsEvaluatesAndWritesTheReport(@TempDir Path dir) throws IOException {
    Path dataset = dir.resolve("nghe-an.json");
    Path pack = dir.resolve("pack.json");
    Path out = dir.resolve("report.json");
    QcdcJson.writeDataset(NgheAnData.asReported(ReceptionRuleTest.VIETNAM), dataset);
    QcdcJson.writeRulePack(NgheAnPack.pack(), pack);
    Report report = EmbedQcdc.run(dataset, pack, UnitCode.of("40"), NgheAnPack.PERIOD, out);
    assertEquals(report, QcdcJson.readReport(out));
    assertTrue(
        EmbedQcdc.summary(report).contains("na-pib: 460/460 xã, phường, thị trấn, đạt 100%\n"),
        EmbedQcdc.summary(report));
  }

  @Test
  void anInvalidDocumentNamesItsPlaceAndWritesNothing(@TempDir Path dir) throws IOException {
    Path dataset = dir.resolve("bad.json");
    Files.writeString(dataset, "{\"format\": \"qcdc.dataset/1\", \"units\": 3}");
    Path out = dir.resolve("report.json");
    QcdcException e =
        assertThrows(
            QcdcException.class,
            () -> EmbedQcdc.run(dataset, dataset, UnitCode.of("40"), NgheAnPack.PERIOD, out));
    assertTrue(e.problems().get(0).toString().startsWith("bad.json:1:"), e.problems().toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void checkDraftFindsAFigureThatDisagreesWithTheData() {
    Report report =
        io.github.qcdc.engine.Evaluator.of(NgheAnPack.pack())
            .evaluate(
                NgheAnData.asReported(ReceptionRuleTest.VIETNAM),
                UnitCode.of("40"),
                NgheAnPack.PERIOD)
            .report();
    String draft =
        """
        Đã tổ chức 2.850 cuộc giám sát, trong đó: cấp tỉnh 15, cấp huyện 226, cấp xã 2.608.
        Có 460/460 xã, phường, thị trấn kiện toàn Ban thanh tra nhân dân.
        """;
    List<AuditFinding> findings =
        CheckDraft.check(
            draft, report, Map.of("cuộc giám sát", "na-front-supervisions", "460/460", "na-pib"));
    assertEquals(
        List.of(
            "MISMATCH 15 + 226 + 2.608 = 2.849, not 2.850 (difference 1)",
            "MISMATCH computed 2.849, stated 2.850",
            "MATCH computed 460/460"),
        findings.stream()
            .filter(f -> f.status() != AuditFinding.Status.UNVERIFIABLE)
            .map(f -> f.status() + " " + f.computation())
            .toList());
  }
}
