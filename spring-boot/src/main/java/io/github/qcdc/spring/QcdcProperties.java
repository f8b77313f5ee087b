package io.github.qcdc.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * qcdc's configuration properties, {@code qcdc.*}.
 *
 * <ul>
 *   <li>{@code qcdc.rules}: the rule pack the {@code Evaluator} bean evaluates: {@code vn}, the
 *       national pack (the default), with the application's {@code ProvincialProfile} bean over it
 *       if there is one; {@code vn+nghe-an}, the national pack with the profile of {@code nghe-an}
 *       over it, which a jar on the class path publishes ({@code ProfileProvider}); or the location
 *       of a rule pack document, as Spring resolves resources ({@code
 *       classpath:packs/nghe-an.json}, {@code file:/etc/qcdc/pack.json}).
 * </ul>
 *
 * @since 0.2
 */
@ConfigurationProperties(prefix = "qcdc")
public class QcdcProperties {
  /** The name of the national pack in {@code qcdc.rules}. */
  public static final String NATIONAL = "vn";

  private String rules = NATIONAL;

  /** {@return the rule pack: {@code vn}, {@code vn+PROVINCE} or a rule pack document's location} */
  public String getRules() {
    return rules;
  }

  /**
   * Sets the rule pack: {@code vn}, {@code vn+PROVINCE} or a rule pack document's location.
   *
   * @param rules the pack's name or location
   */
  public void setRules(String rules) {
    this.rules = rules;
  }
}
