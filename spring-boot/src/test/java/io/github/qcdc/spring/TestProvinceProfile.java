package io.github.qcdc.spring;

import io.github.qcdc.national.ProfileProvider;
import io.github.qcdc.national.ProvincialProfile;

/** A profile a province's jar would publish, found by {@code qcdc.rules=vn+thu-nghiem}. */
public final class TestProvinceProfile implements ProfileProvider {
  /** The provider, as the service loader makes it. */
  public TestProvinceProfile() {}

  @Override
  public ProvincialProfile profile() {
    return ProvincialProfile.of("thu-nghiem", "2026.1")
        .withParameter("provincialDialoguesPerYear", 3)
        .enabling("VN-R24");
  }
}
