package io.github.qcdc.internal;

/**
 * The 64-bit mixing of content fingerprints, the same in every JVM: a row's or a value's hash is
 * mixed once, and a fingerprint is the sum of its records' mixed hashes (so that it does not depend
 * on their order) in two halves. Not API.
 */
public final class Hashes {
  private Hashes() {}

  /** {@return the finaliser of SplitMix64 applied to {@code z}: a well-mixed 64-bit hash} */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * {@return a second hash of a mixed value {@code h}, for the other half of a fingerprint: one
   * more round of the finaliser, so each half is a sum of well-mixed terms}
   */
  public static long second(long h) {
    long z = (h ^ (h >>> 29)) * 0x9E3779B97F4A7C15L;
    return z ^ (z >>> 32);
  }
}
