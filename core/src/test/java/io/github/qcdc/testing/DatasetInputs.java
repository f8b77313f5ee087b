package io.github.qcdc.testing;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The inputs of a dataset, kept as lists so tests can shuffle them, add faults, or build.
 *
 * @param gazetteer the gazetteer
 * @param organizations the organisations
 * @param activities the activities
 * @param dataValues the data values
 * @param facts the facts
 */
public record DatasetInputs(
    Gazetteer gazetteer,
    List<Organization> organizations,
    List<Activity> activities,
    List<DataValue> dataValues,
    List<Fact> facts) {

  /** Copies the lists. */
  public DatasetInputs {
    organizations = ImmutableList.copyOf(organizations);
    activities = ImmutableList.copyOf(activities);
    dataValues = ImmutableList.copyOf(dataValues);
    facts = ImmutableList.copyOf(facts);
  }

  /** The dataset of these inputs, added in list order. */
  public Dataset build() {
    return Dataset.builder(gazetteer)
        .addOrganizations(organizations)
        .addActivities(activities)
        .addDataValues(dataValues)
        .addFacts(facts)
        .build();
  }

  /** The same inputs with every list shuffled by {@code seed}. */
  public DatasetInputs shuffled(long seed) {
    Random random = new Random(seed);
    return new DatasetInputs(
        gazetteer,
        shuffle(organizations, random),
        shuffle(activities, random),
        shuffle(dataValues, random),
        shuffle(facts, random));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
