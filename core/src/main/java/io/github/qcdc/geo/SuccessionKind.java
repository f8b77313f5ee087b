package io.github.qcdc.geo;

import io.github.qcdc.internal.Keys;

/**
 * What happened to units on the day of a {@link Succession}, with the number of predecessors and
 * successors each kind takes.
 *
 * @since 0.1
 */
public enum SuccessionKind {
  /** Two or more units became one; the one may be one of them, continuing with a larger area. */
  MERGE("merge", "nhập"),
  /** One unit became two or more; it may be one of them, continuing with a smaller area. */
  SPLIT("split", "chia, tách"),
  /** A unit changed its name; one predecessor, one successor, usually the same code. */
  RENAME("rename", "đổi tên"),
  /** A unit changed its type (xã to phường, huyện to thị xã); one predecessor, one successor. */
  TYPE_CHANGE("type-change", "chuyển loại hình"),
  /** A unit moved under another parent; one predecessor, one successor. */
  REPARENT("reparent", "điều chỉnh địa giới, chuyển trực thuộc"),
  /**
   * A whole tier was removed (the district tier on 2025-07-01): the predecessors are the removed
   * units, the successors the units that took over their territory (their provinces).
   */
  TIER_REMOVAL("tier-removal", "bỏ cấp hành chính"),
  /** Units ceased to exist without successors; at least one predecessor, no successor. */
  DISSOLUTION("dissolution", "giải thể"),
  /**
   * A new unit formed from the whole of some units and part of others, as the resolutions of 2025
   * write it ("sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã A, xã B và một phần của xã
   * C thành xã mới"): one or more predecessors, one successor; the predecessors that gave only part
   * of their territory are {@linkplain Succession#partial() partial}, and such a predecessor is
   * split among the arrangements that name it.
   */
  ARRANGEMENT("arrangement", "sắp xếp"),
  /**
   * Units ended and the sources do not say what became of them: two lists of units, the later
   * without them, and no recorded succession. A first-class state, not an invented edge: their
   * records are mapped to no successor. One or more predecessors, no successor; its {@linkplain
   * LegalAct#isRecorded() act} is unrecorded.
   */
  UNRECORDED("unrecorded", "chấm dứt, không rõ đơn vị kế thừa");

  private final String key;
  private final String vietnamese;

  SuccessionKind(String key, String vietnamese) {
    this.key = key;
    this.vietnamese = vietnamese;
  }

  /** {@return the stable key used in documents: {@code merge}, {@code tier-removal}} */
  public String key() {
    return key;
  }

  /** {@return the Vietnamese name} */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * {@return the kind with {@code key}, or throws naming the key}
   *
   * @param key the key
   */
  public static SuccessionKind fromKey(String key) {
    return Keys.fromKey(values(), key, SuccessionKind::key, "succession kind");
  }

  String arityProblem(int predecessors, int successors) {
    return switch (this) {
      case MERGE ->
          predecessors >= 2 && successors == 1
              ? ""
              : "a merge takes 2 or more predecessors and 1 successor";
      case SPLIT ->
          predecessors == 1 && successors >= 2
              ? ""
              : "a split takes 1 predecessor and 2 or more successors";
      case RENAME, TYPE_CHANGE, REPARENT ->
          predecessors == 1 && successors == 1
              ? ""
              : "a " + key + " takes 1 predecessor and 1 successor";
      case TIER_REMOVAL ->
          predecessors >= 1 && successors >= 1
              ? ""
              : "a tier removal takes 1 or more predecessors and 1 or more successors";
      case DISSOLUTION, UNRECORDED ->
          predecessors >= 1 && successors == 0
              ? ""
              : "a " + key + " takes 1 or more predecessors and no successor";
      case ARRANGEMENT ->
          predecessors >= 1 && successors == 1
              ? ""
              : "an arrangement takes 1 or more predecessors and 1 successor";
    };
  }
}
