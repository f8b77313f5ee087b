package io.github.qcdc.indicator;

import io.github.qcdc.internal.Keys;

/**
 * What a rule or an indicator is about in the Law on Implementing Democracy at the Grassroots (Luật
 * Thực hiện dân chủ ở cơ sở, 10/2022/QH15): which of the law's content categories it checks or
 * counts, and in which of its settings. The law sets out, for each setting, what is made public to
 * the people, what they discuss and decide, what they are consulted on, and what they inspect and
 * supervise ("dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát"). A duty of another law
 * (citizen reception under the Law on Citizen Reception 2013, the commune's dialogue under the Law
 * on the Organisation of Local Government) is {@link Category#OTHER}, in the setting where it is
 * done.
 *
 * <p>The categories follow the sections of the law's chapter on communes (Chương II: Mục 1, what is
 * made public, Art. 11 to 14; Mục 4, what the people inspect and supervise, from Art. 30; the
 * discussion and the consultation sections between them), which the chapters on agencies and
 * enterprises repeat. The text form is {@code category/setting}: {@code supervision/commune}.
 *
 * @param category the content category
 * @param setting the setting
 * @since 0.2
 */
public record Topic(Category category, Setting setting) {

  /** The law's content categories, and the duties of other laws. */
  public enum Category {
    /** What is made public to the people (công khai). */
    PUBLICITY("công khai", "made public"),
    /** What the people discuss and decide (Nhân dân bàn và quyết định). */
    DECISION("bàn và quyết định", "discussed and decided"),
    /** What the people are consulted on before it is decided (Nhân dân tham gia ý kiến). */
    CONSULTATION("tham gia ý kiến", "consulted on"),
    /** What the people inspect and supervise (Nhân dân kiểm tra, giám sát). */
    SUPERVISION("kiểm tra, giám sát", "inspected and supervised"),
    /** A duty of another law, reported with grassroots democracy. */
    OTHER("nội dung khác", "other duties");

    private final String vi;
    private final String en;

    Category(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /** {@return the key in documents: {@code publicity}, {@code decision}..} */
    public String key() {
      return Keys.hyphenated(this);
    }

    /**
     * {@return the category whose key is {@code key}}
     *
     * @param key the key
     * @throws IllegalArgumentException naming the key and the keys there are
     */
    public static Category fromKey(String key) {
      return Keys.fromKey(values(), key, Category::key, "content category");
    }

    /**
     * {@return the name in Vietnamese ({@code true}) or English}
     *
     * @param vietnamese whether Vietnamese is asked
     */
    public String in(boolean vietnamese) {
      return vietnamese ? vi : en;
    }
  }

  /** The law's settings: where democracy is implemented. */
  public enum Setting {
    /** Communes, wards and towns, with their villages and residential groups (xã, phường). */
    COMMUNE("xã, phường", "communes"),
    /** State agencies and public service units (cơ quan, đơn vị). */
    AGENCY("cơ quan, đơn vị", "agencies and public units"),
    /** Enterprises and other employers (doanh nghiệp, tổ chức có thuê mướn lao động). */
    ENTERPRISE("doanh nghiệp", "enterprises");

    private final String vi;
    private final String en;

    Setting(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /** {@return the key in documents: {@code commune}, {@code agency}, {@code enterprise}} */
    public String key() {
      return Keys.hyphenated(this);
    }

    /**
     * {@return the setting whose key is {@code key}}
     *
     * @param key the key
     * @throws IllegalArgumentException naming the key and the keys there are
     */
    public static Setting fromKey(String key) {
      return Keys.fromKey(values(), key, Setting::key, "setting");
    }

    /**
     * {@return the name in Vietnamese ({@code true}) or English}
     *
     * @param vietnamese whether Vietnamese is asked
     */
    public String in(boolean vietnamese) {
      return vietnamese ? vi : en;
    }
  }

  /**
   * Requires both parts.
   *
   * @param category the content category
   * @param setting the setting
   */
  public Topic {
    java.util.Objects.requireNonNull(category, "category");
    java.util.Objects.requireNonNull(setting, "setting");
  }

  /**
   * {@return the topic of {@code category} in {@code setting}}
   *
   * @param category the content category
   * @param setting the setting
   */
  public static Topic of(Category category, Setting setting) {
    return new Topic(category, setting);
  }

  /**
   * Parses the text form {@code category/setting}.
   *
   * @param text the text form
   * @return the topic
   * @throws IllegalArgumentException naming the text and what is wrong with it
   */
  public static Topic parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "topic must be category/setting, such as supervision/commune: '" + s + "'");
    }
    return new Topic(
        Category.fromKey(s.substring(0, slash)), Setting.fromKey(s.substring(slash + 1)));
  }

  /** {@code supervision/commune}. */
  @Override
  public String toString() {
    return category.key() + "/" + setting.key();
  }
}
