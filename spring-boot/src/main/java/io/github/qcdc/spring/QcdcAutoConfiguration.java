package io.github.qcdc.spring;

import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitHistory;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.json.QcdcModule;
import io.github.qcdc.io.json.RulePackJson;
import io.github.qcdc.national.ProvincialProfile;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Spring Boot auto-configuration of qcdc, for Boot 3.5 and Boot 4.0:
 *
 * <ul>
 *   <li>the Jackson module in Boot's mapper: {@link QcdcModule} (Jackson 2, Boot 3) and, when
 *       {@code qcdc-jackson3} is on the class path, {@code QcdcJackson3Module} (Jackson 3, Boot 4),
 *       so that qcdc types in request and response bodies have the documents' wire forms;
 *   <li>the bundled history of Vietnam's units ({@link UnitHistory}) and its {@link Gazetteer},
 *       read once and kept;
 *   <li>the {@link RulePack} that {@code qcdc.rules} names ({@link QcdcProperties}), and an {@link
 *       Evaluator} of it.
 * </ul>
 *
 * <p>Every bean steps back when the application declares its own of the same type. A {@code
 * qcdc.rules} naming no pack fails the start with the location and the reason.
 *
 * @since 0.2
 */
@AutoConfiguration
@EnableConfigurationProperties(QcdcProperties.class)
public class QcdcAutoConfiguration {

  /**
   * {@return the bundled units: the GSO list of about 2020, the lists of 2025 and the reform's
   * edges}
   */
  @Bean
  @ConditionalOnMissingBean
  public UnitHistory qcdcUnitHistory() {
    return VietnamUnits.history();
  }

  /**
   * {@return the gazetteer of the units history}
   *
   * @param history the units history
   */
  @Bean
  @ConditionalOnMissingBean
  public Gazetteer qcdcGazetteer(UnitHistory history) {
    return history.gazetteer();
  }

  /**
   * {@return the pack {@code qcdc.rules} names: the national pack (with the application's {@link
   * ProvincialProfile} over it, if it declares one), the national pack with a published profile
   * over it ({@code vn+nghe-an}, {@link VietnamPack#named}) or a rule pack document}
   *
   * @param properties qcdc's configuration properties
   * @param resources how Spring finds a document's location
   * @param profile the application's provincial profile, if it declares one
   * @throws IllegalStateException if the location holds no document, or no jar publishes the
   *     profile named (the start fails with it)
   * @throws io.github.qcdc.QcdcException if the document is not a valid rule pack
   */
  @Bean
  @ConditionalOnMissingBean
  public RulePack qcdcRulePack(
      QcdcProperties properties,
      ResourceLoader resources,
      ObjectProvider<ProvincialProfile> profile) {
    String rules = properties.getRules().strip();
    if (rules.toLowerCase(Locale.ROOT).equals(QcdcProperties.NATIONAL)) {
      RulePack national = VietnamPack.pack();
      ProvincialProfile province = profile.getIfAvailable();
      return province == null ? national : province.over(national);
    }
    if (rules.startsWith(QcdcProperties.NATIONAL + "+")) {
      try {
        return VietnamPack.named(rules);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("qcdc.rules: " + e.getMessage(), e);
      }
    }
    Resource resource = resources.getResource(rules);
    if (!resource.exists()) {
      throw new IllegalStateException(
          "qcdc.rules: no rule pack at '"
              + rules
              + "'; name the national pack, vn, or a rule pack document such as"
              + " classpath:packs/province.json or file:/etc/qcdc/pack.json");
    }
    try (InputStream in = resource.getInputStream()) {
      return RulePackJson.read(in, rules);
    } catch (IOException e) {
      throw new UncheckedIOException("qcdc.rules: cannot read '" + rules + "'", e);
    }
  }

  /**
   * {@return an evaluator of the pack}
   *
   * @param pack the rule pack
   */
  @Bean
  @ConditionalOnMissingBean
  public Evaluator qcdcEvaluator(RulePack pack) {
    return Evaluator.of(pack);
  }

  /** The Jackson 2 module, which Boot 3 registers in its {@code ObjectMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
  public static class Jackson2 {
    /** {@return the module} */
    @Bean
    @ConditionalOnMissingBean
    public QcdcModule qcdcJackson2Module() {
      return new QcdcModule();
    }
  }

  /** The Jackson 3 module, which Boot 4 registers in its {@code JsonMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {"tools.jackson.databind.JacksonModule", "io.github.qcdc.jackson3.QcdcJackson3Module"})
  public static class Jackson3 {
    /** {@return the module} */
    @Bean
    @ConditionalOnMissingBean
    public io.github.qcdc.jackson3.QcdcJackson3Module qcdcJackson3Module() {
      return new io.github.qcdc.jackson3.QcdcJackson3Module();
    }
  }
}
