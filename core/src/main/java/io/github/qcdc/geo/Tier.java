package io.github.qcdc.geo;

/**
 * The tiers of Vietnam's territory, from the province down to the residential community.
 *
 * <p>Tiers are typed, never depth numbers: after the reform of 2025-07-01 a commune's parent is its
 * province, and the commune is still {@link #COMMUNE}. {@link #VILLAGE} communities (thôn, tổ dân
 * phố...) are not administrative units but are where community meetings and People's Inspection
 * Board members belong.
 *
 * @since 0.1
 */
public enum Tier {
  /** Province level: tỉnh, thành phố trực thuộc trung ương. */
  PROVINCE(1, "cấp tỉnh", "province level"),
  /** District level: huyện, quận, thị xã, thành phố thuộc tỉnh; removed on 2025-07-01. */
  DISTRICT(2, "cấp huyện", "district level"),
  /** Commune level: xã, phường, thị trấn, đặc khu. */
  COMMUNE(3, "cấp xã", "commune level"),
  /**
   * Residential communities: thôn, làng, ấp, bản, buôn, sóc, tổ dân phố, khu phố, khối, khóm, xóm.
   */
  VILLAGE(4, "thôn, tổ dân phố", "village level");

  private final int rank;
  private final String vietnamese;
  private final String english;

  Tier(int rank, String vietnamese, String english) {
    this.rank = rank;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /** {@return the Vietnamese name, as reports write it: {@code cấp tỉnh}, {@code cấp xã}} */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * {@return the key in documents and report cells: the name in lower case ({@code province})}
   *
   * @since 0.2
   */
  public String key() {
    return io.github.qcdc.internal.Keys.hyphenated(this);
  }

  /**
   * {@return the tier whose key is {@code key}}
   *
   * @param key the key
   * @throws IllegalArgumentException naming the key and the keys there are
   * @since 0.2
   */
  public static Tier fromKey(String key) {
    return io.github.qcdc.internal.Keys.fromKey(values(), key, Tier::key, "tier");
  }

  /** {@return the English name: {@code province level}} */
  public String english() {
    return english;
  }

  /**
   * {@return whether this tier is above {@code other}: {@code PROVINCE.isAbove(COMMUNE)} is true}
   *
   * @param other the other tier
   */
  public boolean isAbove(Tier other) {
    return rank < other.rank;
  }

  /**
   * {@return whether a unit of this tier may have a parent of tier {@code parent}: a district's
   * parent is a province; a commune's is a district or, after the district tier was removed, a
   * province; a village's is a commune} A province has no parent.
   *
   * @param parent the parent's tier
   */
  public boolean acceptsParent(Tier parent) {
    return switch (this) {
      case PROVINCE -> false;
      case DISTRICT -> parent == PROVINCE;
      case COMMUNE -> parent == DISTRICT || parent == PROVINCE;
      case VILLAGE -> parent == COMMUNE;
    };
  }
}
