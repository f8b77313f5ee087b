package io.github.qcdc.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitHistory;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.io.json.QcdcModule;
import io.github.qcdc.jackson3.QcdcJackson3Module;
import io.github.qcdc.national.ProvincialProfile;
import io.github.qcdc.rule.RulePack;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in a context of its own (the example applications start whole ones). */
class QcdcAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(QcdcAutoConfiguration.class));

  /** The message of the start failure and of each cause, one line each. */
  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  @Test
  void byDefaultGivesTheBundledUnitsTheNationalPackAnEvaluatorAndBothJacksonModules() {
    runner.run(
        context -> {
          assertSame(VietnamUnits.history(), context.getBean(UnitHistory.class));
          assertSame(VietnamUnits.gazetteer(), context.getBean(Gazetteer.class));
          assertEquals("vn-qcdc", context.getBean(RulePack.class).id());
          assertNotNull(context.getBean(Evaluator.class));
          assertNotNull(context.getBean(QcdcModule.class));
          assertNotNull(context.getBean(QcdcJackson3Module.class));
        });
  }

  @Test
  void withoutJackson3GivesOnlyTheJackson2Module() {
    runner
        .withClassLoader(new FilteredClassLoader("tools.jackson"))
        .run(
            context -> {
              assertNotNull(context.getBean(QcdcModule.class));
              assertTrue(context.getBeansOfType(QcdcJackson3Module.class).isEmpty());
            });
  }

  @Test
  void putsTheApplicationsProvincialProfileOverTheNationalPack() {
    runner
        .withBean(
            ProvincialProfile.class,
            () -> ProvincialProfile.of("nghe-an", "2021.1").withParameter("minDialoguesPerYear", 2))
        .run(context -> assertEquals("vn-qcdc+nghe-an", context.getBean(RulePack.class).id()));
  }

  @Test
  void putsAPublishedProfileOverTheNationalPackWhenTheRulesPropertyNamesIt() {
    runner
        .withPropertyValues("qcdc.rules=vn+thu-nghiem")
        .run(
            context -> {
              RulePack pack = context.getBean(RulePack.class);
              assertEquals("vn-qcdc+thu-nghiem", pack.id());
              assertTrue(pack.rule("VN-R24").orElseThrow().isEnabled(), "the profile enables it");
            });
  }

  @Test
  void failsTheStartNamingTheProfilesThereAreWhenNoneHasTheName() {
    runner
        .withPropertyValues("qcdc.rules=vn+ha-noi")
        .run(
            context ->
                assertTrue(
                    causes(context.getStartupFailure())
                        .contains(
                            "qcdc.rules: no pack 'vn+ha-noi': name the national pack, vn, or it"
                                + " with a provincial profile, vn+PROVINCE; the profiles on the"
                                + " class path are [thu-nghiem]"),
                    () -> causes(context.getStartupFailure())));
  }

  @Test
  void readsTheRulePackDocumentTheRulesPropertyNames() {
    runner
        .withPropertyValues("qcdc.rules=classpath:packs/province.json")
        .run(
            context -> {
              RulePack pack = context.getBean(RulePack.class);
              assertEquals("nghe-an-example", pack.id());
              assertEquals(
                  pack, context.getBean(Evaluator.class).pack(), "the evaluator's pack is it");
            });
  }

  @Test
  void stepsBackForTheApplicationsOwnBeans() {
    RulePack own = RulePack.of("own", "1");
    runner
        .withBean(RulePack.class, () -> own)
        .run(context -> assertSame(own, context.getBean(RulePack.class)));
  }

  @Test
  void failsTheStartWhenTheRulesPropertyNamesNoPack() {
    runner
        .withPropertyValues("qcdc.rules=classpath:packs/missing.json")
        .run(
            context -> {
              assertTrue(
                  causes(context.getStartupFailure())
                      .contains(
                          "qcdc.rules: no rule pack at 'classpath:packs/missing.json'; name the"
                              + " national pack, vn, or a rule pack document such as"
                              + " classpath:packs/province.json or file:/etc/qcdc/pack.json"),
                  () -> causes(context.getStartupFailure()));
            });
  }

  @Test
  void failsTheStartWithTheProblemsOfAnInvalidPack() {
    runner
        .withPropertyValues("qcdc.rules=classpath:packs/invalid.json")
        .run(
            context ->
                assertTrue(
                    causes(context.getStartupFailure())
                        .contains(
                            "classpath:packs/invalid.json:1:2 /format: not a qcdc rule pack"
                                + " document: format qcdc.report/1, expected qcdc.rulepack/1"),
                    () -> causes(context.getStartupFailure())));
  }
}
