package io.github.qcdc.examples.nghean;

import io.github.qcdc.national.ProfileProvider;
import io.github.qcdc.national.ProvincialProfile;

/**
 * Publishes {@link NgheAnProfile} as a service, so that {@code vn+nghe-an} names the national pack
 * with it over it wherever this jar is on the path ({@code qcdc.rules=vn+nghe-an} in a Spring Boot
 * application, {@code --rules vn+nghe-an} on the command line).
 */
public final class NgheAnProfileProvider implements ProfileProvider {
  /** The provider, as the service loader makes it. */
  public NgheAnProfileProvider() {}

  @Override
  public ProvincialProfile profile() {
    return NgheAnProfile.PROFILE;
  }
}
