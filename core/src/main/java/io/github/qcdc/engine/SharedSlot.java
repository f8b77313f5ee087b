package io.github.qcdc.engine;

/**
 * A rule slot that adds up nothing itself: slot {@code slot} of rule plan {@code rule} reads the
 * sums of the equal slot {@code homeSlot} of rule plan {@code homeRule}, met before it (a rule and
 * a coverage of the same obligation read the same rows into the same windows).
 *
 * @param rule the rule plan, an index into the evaluation's rule plans
 * @param slot the slot of that plan
 * @param homeRule the rule plan that adds the slot up
 * @param homeSlot its slot
 */
record SharedSlot(int rule, int slot, int homeRule, int homeSlot) {}
