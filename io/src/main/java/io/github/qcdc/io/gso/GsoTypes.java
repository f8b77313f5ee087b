package io.github.qcdc.io.gso;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import java.util.List;

/** The GSO list's type keys by level, and the unit type each stands for. */
final class GsoTypes {
  private GsoTypes() {}

  static List<String> of(Tier tier) {
    return switch (tier) {
      case PROVINCE -> List.of("tinh", "thanh-pho");
      case DISTRICT -> List.of("huyen", "quan", "thi-xa", "thanh-pho");
      default -> List.of("xa", "phuong", "thi-tran", "dac-khu");
    };
  }

  /**
   * The unit type of a row: {@code thanh-pho} is a centrally-run city at level 1, a provincial city
   * at level 2, and a city within a centrally-run city when its parent is one.
   */
  static UnitType unitType(String type, Tier tier, boolean parentIsCentralCity) {
    if (!type.equals("thanh-pho")) {
      return UnitType.fromKey(type);
    }
    if (tier == Tier.PROVINCE) {
      return UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG;
    }
    return parentIsCentralCity ? UnitType.THANH_PHO_THUOC_THANH_PHO : UnitType.THANH_PHO_THUOC_TINH;
  }
}
