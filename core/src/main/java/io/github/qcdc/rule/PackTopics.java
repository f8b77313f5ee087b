package io.github.qcdc.rule;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Topic;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** A pack narrowed to some of the law's content categories ({@link RulePack#about}). */
final class PackTopics {
  private PackTopics() {}

  static RulePack about(RulePack pack, Set<Topic.Category> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a pack about no category would hold nothing");
    }
    Predicate<Optional<Topic>> in = t -> t.isPresent() && categories.contains(t.get().category());
    ImmutableList<Indicator> indicators =
        pack.indicators().stream()
            .filter(i -> in.test(i.topic()))
            .collect(ImmutableList.toImmutableList());
    Set<String> read = new TreeSet<>();
    for (Indicator i : indicators) {
      if (i.definition() instanceof Indicator.ComplianceRate rate) {
        read.add(rate.ruleId());
      }
    }
    ImmutableList<ComplianceRule> rules =
        pack.rules().stream()
            .filter(r -> in.test(r.topic()) || read.contains(r.id()))
            .collect(ImmutableList.toImmutableList());
    Set<String> kept = new TreeSet<>();
    indicators.forEach(i -> kept.add(i.id()));
    rules.forEach(r -> kept.add(r.id()));
    return new RulePack(
        pack.id(),
        pack.version(),
        pack.calendar(),
        pack.parameters(),
        indicators,
        rules,
        pack.examples().stream()
            .filter(e -> kept.contains(e.target()))
            .collect(ImmutableList.toImmutableList()));
  }
}
