package io.github.qcdc.records;

import io.github.qcdc.internal.Checks;

/**
 * The type of an activity, from an open vocabulary of lower-case keys. The constants are the types
 * provincial reports count; a province may use others.
 *
 * @param key the type's key: lower-case letters and digits joined by {@code - _ . :}
 * @since 0.1
 */
public record ActivityType(String key) implements Comparable<ActivityType> {
  /** Supervision by the Fatherland Front and mass organisations (giám sát). */
  public static final ActivityType SUPERVISION = new ActivityType("supervision");

  /** Social critique (phản biện xã hội). */
  public static final ActivityType SOCIAL_CRITIQUE = new ActivityType("social-critique");

  /** Dialogue between leaders and the people (đối thoại). */
  public static final ActivityType DIALOGUE = new ActivityType("dialogue");

  /** Citizen reception (tiếp công dân). */
  public static final ActivityType CITIZEN_RECEPTION = new ActivityType("citizen-reception");

  /** Inspection by a steering committee (kiểm tra). */
  public static final ActivityType INSPECTION = new ActivityType("inspection");

  /**
   * A conference of officials or employees (hội nghị cán bộ, công chức, viên chức; người lao động).
   */
  public static final ActivityType CONFERENCE = new ActivityType("conference");

  /** The periodic meeting of a residential community (hội nghị định kỳ của cộng đồng dân cư). */
  public static final ActivityType COMMUNITY_MEETING = new ActivityType("community-meeting");

  /** A public disclosure of information (công khai thông tin). */
  public static final ActivityType PUBLIC_DISCLOSURE = new ActivityType("public-disclosure");

  /** A plan or guidance document issued (ban hành kế hoạch, hướng dẫn). */
  public static final ActivityType PLAN_ISSUED = new ActivityType("plan-issued");

  /**
   * Validates the key.
   *
   * @param key the type's key: lower-case letters and digits joined by {@code - _ . :}
   */
  public ActivityType {
    Checks.key("activity type", key);
  }

  /**
   * {@return the type {@code key}}
   *
   * @param key the type's key: lower-case letters and digits joined by {@code - _ . :}
   */
  public static ActivityType of(String key) {
    return new ActivityType(key);
  }

  @Override
  public int compareTo(ActivityType other) {
    return key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return key;
  }
}
