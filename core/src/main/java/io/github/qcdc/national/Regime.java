package io.github.qcdc.national;

import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;

/**
 * The legal regimes the national rules belong to, with the days each is in force. A rule follows
 * the regime in force on the day of the activity it reads; a report whose period spans a change
 * evaluates each regime's rule on its own part of the period ({@code RuleResult.applied()}).
 *
 * <p>Start days marked [I] in {@link #note()} are the documents' dates, their entry into force not
 * being confirmed in the domain notes.
 *
 * @since 0.1
 */
@SuppressWarnings("ImmutableEnumChecker") // DateInterval is an immutable record of LocalDates
public enum Regime {
  /** Pháp lệnh 34/2007/PL-UBTVQH11 with NQLT 09/2008: commune democracy until 2023-06-30. */
  ORDINANCE_2007(
      "Pháp lệnh 34/2007/PL-UBTVQH11",
      "Ordinance 34/2007 on democracy in communes",
      DateInterval.of(LocalDate.of(2007, 7, 1), LocalDate.of(2023, 6, 30)),
      "start [I]"),
  /** Luật 10/2022/QH15 with NĐ 59/2023/NĐ-CP: from 2023-07-01. */
  LAW_2022(
      "Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15",
      "Law 10/2022/QH15 on implementing grassroots democracy",
      DateInterval.from(LocalDate.of(2023, 7, 1)),
      ""),
  /** NĐ 59/2023/NĐ-CP detailing Law 10/2022, from its date, 2023-08-14. */
  DECREE_59_2023(
      "NĐ 59/2023/NĐ-CP",
      "Decree 59/2023 detailing Law 10/2022",
      DateInterval.from(LocalDate.of(2023, 8, 14)),
      "start is the decree's date [I]"),
  /**
   * NĐ 61/2023/NĐ-CP on village conventions (hương ước, quy ước), in force on its date, 2023-08-16,
   * replacing QĐ 22/2018/QĐ-TTg (thuvienphapluat.vn, "Đã có Nghị định 61/2023/NĐ-CP").
   *
   * @since 0.2
   */
  DECREE_61_2023(
      "NĐ 61/2023/NĐ-CP",
      "Decree 61/2023 on village conventions",
      DateInterval.from(LocalDate.of(2023, 8, 16)),
      "in force on its date (thuvienphapluat.vn) [C-sec]"),
  /** NĐ 159/2016/NĐ-CP on People's Inspection Boards, 2017-02-01 to 2023-06-30. */
  DECREE_159_2016(
      "NĐ 159/2016/NĐ-CP",
      "Decree 159/2016 on People's Inspection Boards",
      DateInterval.of(LocalDate.of(2017, 2, 1), LocalDate.of(2023, 6, 30)),
      ""),
  /** NĐ 04/2015/NĐ-CP and TT 01/2016/TT-BNV: democracy in agencies until 2023-06-30. */
  DECREE_04_2015(
      "NĐ 04/2015/NĐ-CP, TT 01/2016/TT-BNV",
      "Decree 04/2015 and Circular 01/2016 on democracy in agencies",
      DateInterval.of(LocalDate.of(2015, 3, 1), LocalDate.of(2023, 6, 30)),
      "start is the decree's entry into force (decree of 2015-01-09, in force 2015-03-01) [I];"
          + " end: replaced by Luật 10/2022/QH15 from 2023-07-01 (Bộ Nội vụ, baochinhphu.vn,"
          + " 2025-10-23) [C-sec]"),
  /** NĐ 60/2013/NĐ-CP: workplace democracy, 2013-08-15 to 2018-12-31. */
  WORKPLACE_2013(
      "NĐ 60/2013/NĐ-CP",
      "Decree 60/2013 on workplace democracy",
      DateInterval.of(LocalDate.of(2013, 8, 15), LocalDate.of(2018, 12, 31)),
      ""),
  /**
   * NĐ 149/2018/NĐ-CP (of 2018-11-07, in force 2019-01-01, replacing NĐ 60/2013) under the Labour
   * Code 2012, until the Labour Code 2019 took over on 2021-01-01.
   */
  WORKPLACE_2019(
      "NĐ 149/2018/NĐ-CP",
      "Decree 149/2018 on workplace democracy",
      DateInterval.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)),
      "dates from a secondary source [C-sec]; its dialogue clause is not verified"),
  /** Bộ luật Lao động 2019 with NĐ 145/2020/NĐ-CP: from 2021-01-01. */
  LABOUR_CODE_2019(
      "Bộ luật Lao động 2019, NĐ 145/2020/NĐ-CP",
      "Labour Code 2019 and Decree 145/2020",
      DateInterval.from(LocalDate.of(2021, 1, 1)),
      ""),
  /** Luật Tiếp công dân 2013, from 2014-07-01. */
  CITIZEN_RECEPTION_2013(
      "Luật Tiếp công dân 2013",
      "Law on Citizen Reception 2013",
      DateInterval.from(LocalDate.of(2014, 7, 1)),
      "start [I]"),
  /** Quy định 11-QĐi/TW on reception by heads of Party committees, from 2019-02-18. */
  PARTY_RECEPTION_2019(
      "Quy định 11-QĐi/TW",
      "Regulation 11-QĐi/TW on reception by heads of Party committees",
      DateInterval.from(LocalDate.of(2019, 2, 18)),
      ""),
  /**
   * Luật Tổ chức chính quyền địa phương 2025: Law 65/2025/QH15 from 2025-03-01, then Law
   * 72/2025/QH15 from 2025-06-16, which kept the commune's yearly dialogue (its Article 43).
   */
  LOCAL_GOVERNMENT_2025(
      "Luật Tổ chức chính quyền địa phương 2025 (65/2025/QH15; 72/2025/QH15 từ 16/6/2025)",
      "Law on Local Government 2025 (65/2025/QH15; 72/2025/QH15 from 2025-06-16)",
      DateInterval.from(LocalDate.of(2025, 3, 1)),
      "72/2025/QH15 Art. 43 per daibieunhandan.vn Q&A no. 20 [C-sec]; 65/2025/QH15 Art. 24 not"
          + " verified [U]"),
  /** TT 04/2012/TT-BNV on villages and residential groups, as amended. */
  VILLAGE_CIRCULAR_2012(
      "TT 04/2012/TT-BNV (01/VBHN-BNV, 08/VBHN-BNV)",
      "Circular 04/2012 on villages and residential groups, as amended",
      DateInterval.from(LocalDate.of(2012, 10, 15)),
      "start is the circular's entry into force (2012-10-15), not its date (2012-08-31) [I]"),
  /** Provincial standards, in force as the province sets them. */
  PROVINCIAL(
      "Tiêu chuẩn của tỉnh", "Provincial standard", DateInterval.always(), "set by the province");

  /** The three-tier structure, until 2025-06-30: the district rules end with it. */
  public static final DateInterval THREE_TIERS =
      DateInterval.of(LocalDate.MIN, LocalDate.of(2025, 6, 30));

  private final String vi;
  private final String en;
  private final DateInterval days;
  private final String note;

  Regime(String vi, String en, DateInterval days, String note) {
    this.vi = vi;
    this.en = en;
    this.days = days;
    this.note = note;
  }

  /** {@return the regime's name in both languages} */
  public Phrase title() {
    return Phrase.of(vi, en);
  }

  /** {@return the days the regime is in force} */
  public DateInterval days() {
    return days;
  }

  /** {@return what is not certain about the regime's days; empty if nothing} */
  public String note() {
    return note;
  }
}
