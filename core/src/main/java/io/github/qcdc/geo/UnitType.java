package io.github.qcdc.geo;

import io.github.qcdc.internal.Keys;

/**
 * The types of administrative unit and of residential community, each at one {@link Tier}.
 *
 * <p>Each type has a stable {@link #key()} used in documents ({@code xa}, {@code thi-tran}) and its
 * Vietnamese name ({@code thị trấn}).
 *
 * @since 0.1
 */
public enum UnitType {
  /** Tỉnh: province. */
  TINH("tinh", Tier.PROVINCE, "tỉnh", "province"),
  /** Thành phố trực thuộc trung ương: centrally-run city. */
  THANH_PHO_TRUC_THUOC_TRUNG_UONG(
      "thanh-pho-truc-thuoc-trung-uong",
      Tier.PROVINCE,
      "thành phố trực thuộc trung ương",
      "centrally-run city"),
  /** Huyện: rural district. */
  HUYEN("huyen", Tier.DISTRICT, "huyện", "rural district"),
  /** Quận: urban district. */
  QUAN("quan", Tier.DISTRICT, "quận", "urban district"),
  /** Thị xã: district-level town. */
  THI_XA("thi-xa", Tier.DISTRICT, "thị xã", "district-level town"),
  /** Thành phố thuộc tỉnh: provincial city. */
  THANH_PHO_THUOC_TINH("thanh-pho-thuoc-tinh", Tier.DISTRICT, "thành phố", "provincial city"),
  /** Thành phố thuộc thành phố trực thuộc trung ương: city within a centrally-run city. */
  THANH_PHO_THUOC_THANH_PHO(
      "thanh-pho-thuoc-thanh-pho", Tier.DISTRICT, "thành phố", "city within a centrally-run city"),
  /** Xã: rural commune. */
  XA("xa", Tier.COMMUNE, "xã", "commune"),
  /** Phường: urban ward. */
  PHUONG("phuong", Tier.COMMUNE, "phường", "ward"),
  /** Thị trấn: township. */
  THI_TRAN("thi-tran", Tier.COMMUNE, "thị trấn", "township"),
  /** Đặc khu: special zone (commune level, from 2025-07-01). */
  DAC_KHU("dac-khu", Tier.COMMUNE, "đặc khu", "special zone"),
  /** Thôn: village. */
  THON("thon", Tier.VILLAGE, "thôn", "village"),
  /** Làng: village. */
  LANG("lang", Tier.VILLAGE, "làng", "village"),
  /** Ấp: hamlet (southern provinces). */
  AP("ap", Tier.VILLAGE, "ấp", "hamlet"),
  /** Bản: village (mountainous, ethnic-minority areas). */
  BAN("ban", Tier.VILLAGE, "bản", "village"),
  /** Buôn: village (Central Highlands). */
  BUON("buon", Tier.VILLAGE, "buôn", "village"),
  /** Sóc: village (Khmer communities). */
  SOC("soc", Tier.VILLAGE, "sóc", "village"),
  /** Xóm: hamlet. */
  XOM("xom", Tier.VILLAGE, "xóm", "hamlet"),
  /** Tổ dân phố: urban residential group. */
  TO_DAN_PHO("to-dan-pho", Tier.VILLAGE, "tổ dân phố", "residential group"),
  /** Khu phố: urban quarter. */
  KHU_PHO("khu-pho", Tier.VILLAGE, "khu phố", "urban quarter"),
  /** Khối: urban block. */
  KHOI("khoi", Tier.VILLAGE, "khối", "urban block"),
  /** Khóm: urban hamlet (Mekong delta). */
  KHOM("khom", Tier.VILLAGE, "khóm", "urban hamlet");

  private final String key;
  private final Tier tier;
  private final String vietnamese;
  private final String english;

  UnitType(String key, Tier tier, String vietnamese, String english) {
    this.key = key;
    this.tier = tier;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * {@return the type whose {@link #key()} is {@code key}}
   *
   * @param key the key
   * @throws IllegalArgumentException naming the key and listing the known ones
   */
  public static UnitType fromKey(String key) {
    return Keys.fromKey(values(), key, UnitType::key, "unit type");
  }

  /**
   * {@return the stable key used in documents: {@code xa}, {@code thi-tran}, {@code to-dan-pho}}
   */
  public String key() {
    return key;
  }

  /** {@return the tier this type is at} */
  public Tier tier() {
    return tier;
  }

  /** {@return the Vietnamese name, lower case: {@code thị trấn}} */
  public String vietnamese() {
    return vietnamese;
  }

  /** {@return the English name: {@code township}} */
  public String english() {
    return english;
  }
}
