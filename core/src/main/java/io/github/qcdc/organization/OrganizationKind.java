package io.github.qcdc.organization;

import io.github.qcdc.internal.Keys;

/**
 * The kinds of organisation grassroots-democracy reports count.
 *
 * @since 0.1
 */
public enum OrganizationKind {
  /** A Party committee (cấp ủy, đảng bộ) at a level. */
  PARTY_COMMITTEE("party-committee", "cấp ủy, đảng bộ"),
  /** A grassroots Party organisation that is a committee (đảng bộ cơ sở). */
  GRASSROOTS_PARTY_COMMITTEE("grassroots-party-committee", "đảng bộ cơ sở"),
  /** A grassroots Party cell (chi bộ cơ sở). */
  GRASSROOTS_PARTY_CELL("grassroots-party-cell", "chi bộ cơ sở"),
  /** A Party cell under a committee (chi bộ trực thuộc). */
  PARTY_CELL("party-cell", "chi bộ"),
  /** The People's Council (Hội đồng nhân dân) of a unit. */
  PEOPLES_COUNCIL("peoples-council", "Hội đồng nhân dân"),
  /** The People's Committee (Ủy ban nhân dân) of a unit. */
  PEOPLES_COMMITTEE("peoples-committee", "Ủy ban nhân dân"),
  /** A state administrative agency (cơ quan hành chính nhà nước). */
  STATE_AGENCY("state-agency", "cơ quan hành chính nhà nước"),
  /** A public service unit (đơn vị sự nghiệp công lập). */
  PUBLIC_SERVICE_UNIT("public-service-unit", "đơn vị sự nghiệp công lập"),
  /** An enterprise (doanh nghiệp). */
  ENTERPRISE("enterprise", "doanh nghiệp"),
  /** The Fatherland Front committee (Ủy ban Mặt trận Tổ quốc). */
  FATHERLAND_FRONT("fatherland-front", "Ủy ban Mặt trận Tổ quốc"),
  /** A mass organisation (đoàn thể): women's union, youth union, farmers', veterans'... */
  MASS_ORGANIZATION("mass-organization", "tổ chức chính trị - xã hội"),
  /** A trade union (công đoàn). */
  TRADE_UNION("trade-union", "công đoàn"),
  /** A People's Inspection Board (Ban Thanh tra nhân dân). */
  PEOPLES_INSPECTION_BOARD("peoples-inspection-board", "Ban Thanh tra nhân dân"),
  /** A community investment supervision board (Ban Giám sát đầu tư của cộng đồng). */
  COMMUNITY_INVESTMENT_SUPERVISION_BOARD(
      "community-investment-supervision-board", "Ban Giám sát đầu tư của cộng đồng"),
  /** A steering committee for grassroots democracy (Ban Chỉ đạo QCDC). */
  STEERING_COMMITTEE("steering-committee", "Ban Chỉ đạo thực hiện QCDC");

  private final String key;
  private final String vietnamese;

  OrganizationKind(String key, String vietnamese) {
    this.key = key;
    this.vietnamese = vietnamese;
  }

  /** {@return the stable key used in documents: {@code peoples-inspection-board}} */
  public String key() {
    return key;
  }

  /** {@return the Vietnamese name} */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * {@return the kind with {@code key}}
   *
   * @param key the key
   * @throws IllegalArgumentException naming the key
   */
  public static OrganizationKind fromKey(String key) {
    return Keys.fromKey(values(), key, OrganizationKind::key, "organization kind");
  }
}
