package io.github.qcdc.national;

/**
 * A provincial profile published for discovery, so that a pack can be named {@code vn+nghe-an}
 * ({@link VietnamPack#named}) by configuration alone: a jar declares its implementation as a
 * service ({@code provides io.github.qcdc.national.ProfileProvider with ...} in its module, or a
 * line in {@code META-INF/services/io.github.qcdc.national.ProfileProvider} on the class path),
 * with a public no-argument constructor.
 *
 * @since 0.2
 */
public interface ProfileProvider {
  /** {@return the profile; its {@link ProvincialProfile#province()} is the name it is found by} */
  ProvincialProfile profile();
}
