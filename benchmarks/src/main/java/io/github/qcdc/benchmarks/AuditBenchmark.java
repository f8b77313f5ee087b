package io.github.qcdc.benchmarks;

import io.github.qcdc.audit.Audit;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.ClaimExtractor;
import io.github.qcdc.audit.ReportedFigure;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit of a long report text: extracting every claim and checking each against itself, on 1,
 * 10 and 50 MB of generated report prose (paragraphs of breakdowns, fractions with their
 * percentages, dates and document numbers, hard-wrapped lines, bullet lists, tables, and a
 * pathological 100 KB line of digits and keywords), in a heap of 512 MB: {@code java -Xmx512m -jar
 * benchmarks/target/benchmarks.jar AuditBenchmark -jvmArgs -Xmx512m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class AuditBenchmark {
  @Param({"1", "10", "50"})
  public int megabytes;

  private String text = "";

  private static final String[] PARAGRAPHS = {
    "Năm %d, toàn tỉnh tổ chức %s cuộc giám sát (cấp tỉnh %d cuộc; cấp huyện %d cuộc; cấp xã %d"
        + " cuộc).\n\n",
    "Ủy ban MTTQ các cấp đã chủ trì giám sát %s nội dung. Trong đó, cấp tỉnh tổ chức %d nội dung,"
        + " cấp huyện %d nội dung và cấp xã %d nội dung.\n\n",
    "Thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 và Nghị định số 04/2015/NĐ-CP, đến nay có"
        + " %d/%d xã đạt chuẩn nông thôn mới,\nđạt %s%%; Ban Thường vụ ban hành Kế hoạch số"
        + " 13-KH/TU\nngày 03/3/2016.\n\n",
    "Tổng số cuộc giám sát là %s cuộc:\n- Cấp tỉnh: %d cuộc;\n- Cấp huyện: %d cuộc;\n- Cấp xã: %d"
        + " cuộc.\n\n",
    "| Cấp | Số cuộc |\n| Cấp tỉnh | %d |\n| Cấp huyện | %d |\n| Cấp xã | %d |\n| Tổng cộng | %s"
        + " |\n\n",
  };

  @Setup(Level.Trial)
  public void setUp() {
    text = report(megabytes * 1_000_000L, 20_261_128L);
  }

  /** A report of about {@code size} characters, drawn with {@code seed}. */
  static String report(long size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder((int) size + 200_000);
    // one pathological line: 100 KB of digits, separators and repeated keywords
    for (int i = 0; out.length() < 100_000; i++) {
      out.append(i % 3 == 0 ? "trong đó 12, " : i % 3 == 1 ? "1.234.567.890/" : "gồm 5 ");
    }
    out.append("\n\n");
    while (out.length() < size) {
      int a = random.nextInt(1, 50);
      int b = random.nextInt(50, 500);
      int c = random.nextInt(500, 5000);
      String total = io.github.qcdc.text.NumberStyle.VIETNAMESE.format(a + b + c);
      int p = random.nextInt(PARAGRAPHS.length);
      out.append(
          switch (p) {
            case 0 ->
                String.format(java.util.Locale.ROOT, PARAGRAPHS[0], 2016 + a % 9, total, a, b, c);
            case 1, 3 -> String.format(java.util.Locale.ROOT, PARAGRAPHS[p], total, a, b, c);
            case 2 ->
                String.format(
                    java.util.Locale.ROOT,
                    PARAGRAPHS[2],
                    b,
                    c,
                    io.github.qcdc.text.NumberStyle.VIETNAMESE.format(
                        java.math.BigDecimal.valueOf(100L * b)
                            .divide(
                                java.math.BigDecimal.valueOf(c), 2, java.math.RoundingMode.HALF_UP),
                        2,
                        java.math.RoundingMode.HALF_UP));
            default -> String.format(java.util.Locale.ROOT, PARAGRAPHS[4], a, b, c, total);
          });
    }
    return out.toString();
  }

  /** Extracts every claim and checks each against itself. */
  @Benchmark
  public List<AuditFinding> extractAndCheck() {
    List<ReportedFigure> claims = ClaimExtractor.extract(text);
    return Audit.consistency(claims);
  }

  /** Prints the claims and findings of a 10 MB report, as a check of the benchmark's input. */
  public static void main(String[] args) {
    String report = report(10_000_000L, 20_261_128L);
    long start = System.nanoTime();
    List<ReportedFigure> claims = ClaimExtractor.extract(report);
    List<AuditFinding> findings = Audit.consistency(claims);
    System.out.printf(
        java.util.Locale.ROOT,
        "%d characters: %d claims, %d findings, %d mismatches in %d ms%n",
        report.length(),
        claims.size(),
        findings.size(),
        findings.stream().filter(f -> f.status() == AuditFinding.Status.MISMATCH).count(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
