package io.github.qcdc.io.html;

import io.github.qcdc.rule.Verdict;
import io.github.qcdc.text.Language;

/** The words of the page, in Vietnamese and English. */
enum Words {
  REPORT("Báo cáo kết quả thực hiện dân chủ ở cơ sở", "Report on democracy at the grassroots"),
  SUMMARY("Tóm tắt", "Summary"),
  PACK("Bộ quy tắc", "Rule pack"),
  PACK_FINGERPRINT("Dấu vân tay bộ quy tắc", "Pack fingerprint"),
  SCOPE("Phạm vi", "Scope"),
  WHOLE_TREE("toàn bộ các tỉnh", "every province"),
  PERIOD("Kỳ báo cáo", "Period"),
  DAYS("Các ngày của kỳ", "Days of the period"),
  AS_OF("Đơn vị hành chính tại ngày", "Units as of"),
  DATA_FINGERPRINT("Dấu vân tay số liệu", "Data fingerprint"),
  GENERATED("Thời điểm lập", "Generated at"),
  DIAGNOSTICS("Chẩn đoán", "Diagnostics"),
  OUTSIDE_TREE("Bản ghi ngoài cây đơn vị (không tính)", "Records outside the tree (not counted)"),
  REMAPPED("Bản ghi tính cho đơn vị kế thừa", "Records counted on a successor unit"),
  GENERALISED(
      "Bản ghi đặt vào đơn vị chứa các đơn vị kế thừa",
      "Records placed on the unit containing the successors"),
  WITHOUT_DATA("Đối tượng thiếu số liệu (mọi quy tắc)", "Subjects without data (all rules)"),
  WARNINGS("Cảnh báo", "Warnings"),
  NO_WARNINGS("Không có cảnh báo", "No warnings"),
  CONTENTS("Mục lục", "Contents"),
  FIGURES("Số liệu", "Figures"),
  NO_FIGURES("Bộ quy tắc không có chỉ tiêu nào", "The pack has no indicators"),
  VALUE("Giá trị chính xác", "Exact value"),
  TEXT("Cách viết", "Written"),
  DEFINITION("Định nghĩa", "Definition"),
  NUMERATOR("Tử số", "Numerator"),
  DENOMINATOR("Mẫu số", "Denominator"),
  FAILING("Không đạt", "Failing"),
  NO_DATA("Thiếu số liệu", "Without data"),
  EXCLUDED("Loại khỏi tổng thể", "Excluded from the population"),
  RECORDS_COUNTED("Số bản ghi được tính", "Records counted"),
  PARAMETERS("Tham số", "Parameters"),
  NONE("không có", "none"),
  LEGAL_BASIS("Căn cứ pháp lý", "Legal basis"),
  ROUNDING("Làm tròn", "Rounding"),
  BREAKDOWN("Phân tổ theo", "Broken down by"),
  CELL("Nhóm", "Group"),
  ZEROS_OMITTED(
      "Các nhóm bằng 0 hoặc không xác định, không hiển thị",
      "Groups equal to 0 or undefined, not shown"),
  RULES("Quy tắc tuân thủ", "Compliance rules"),
  NO_RULES("Bộ quy tắc không có quy tắc nào", "The pack has no rules"),
  REGIMES(
      "Số ngày áp dụng của từng quy tắc (theo hiệu lực của căn cứ pháp lý)",
      "Days each rule applied (inside its legal regime)"),
  RULE("Quy tắc", "Rule"),
  APPLIED("Áp dụng trong các ngày", "Applied on the days"),
  NOT_APPLIED("không ngày nào của kỳ", "no day of the period"),
  VERDICTS("Kết quả theo đối tượng", "Verdicts by subject"),
  SUBJECT("Mã", "Code"),
  NAME("Tên", "Name"),
  VERDICT("Kết quả", "Verdict"),
  EVIDENCE("Căn cứ", "Evidence"),
  NO_SUBJECTS("Không có đối tượng nào", "No subjects"),
  FILTER("Lọc", "Filter"),
  SHOWN("dòng hiển thị", "rows shown"),
  AUDIT("Kiểm tra số liệu của báo cáo", "Audit of the report's figures"),
  AUDIT_SOURCE("Văn bản kiểm tra", "Text audited"),
  LINE("Dòng", "Line"),
  CLAIM("Số liệu nêu trong văn bản", "Figure stated"),
  FINDING("Kết quả kiểm tra", "Finding"),
  COMPUTED("Số liệu qcdc tính", "Computed by qcdc"),
  LOW_CONFIDENCE("độ tin cậy thấp, cần xác nhận", "low confidence, to confirm"),
  UNMATCHED("không khớp chỉ tiêu nào", "matches no figure"),
  NO_CLAIMS("Không trích được số liệu nào", "No figures were found in the text");

  private final String vi;
  private final String en;

  Words(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The words in {@code language}. */
  String in(Language language) {
    return language == Language.VI ? vi : en;
  }

  /** The verdict as officials write it. */
  static String verdict(Verdict verdict, Language language) {
    boolean vi = language == Language.VI;
    return switch (verdict) {
      case PASS -> vi ? "Đạt" : "Pass";
      case FAIL -> vi ? "Không đạt" : "Fail";
      case NO_DATA -> vi ? "Thiếu số liệu" : "No data";
      case NOT_APPLICABLE -> vi ? "Không áp dụng" : "Not applicable";
    };
  }
}
