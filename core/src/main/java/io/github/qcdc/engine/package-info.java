/**
 * The engine: evaluates a rule pack over a dataset, a scope and a period, in one pass.
 *
 * <h2>The pipeline</h2>
 *
 * <pre>
 *  RulePack ──► plan ─────────────► pass over the records ──► partial results ──► merge
 *   Dataset     (Plan)               (Pass, DataValueReader)    (Partial, one       │
 *   scope,      accumulators,        each run of activity       per run)            ▼
 *   period      encoders, sinks,     rows and data values                 fact counts
 *               rule plans, slots    into its own Partial                 (subjects with a fact)
 *                                                                                   │
 *   Report ◄── figures and rule results (Figures, Verdicts) ◄───────────────────────┘
 *              verdicts per subject; evidence found again on demand (Pass.evidence)
 * </pre>
 *
 * <ol>
 *   <li><b>Plan</b> ({@code Plan}, made by {@link io.github.qcdc.engine.Evaluator}): the {@code
 *       Scope} fixes the days, the units of the report's tree and the runs of rows and data values
 *       to read. Every indicator gets an <i>encoder</i> (its breakdown cells) and one
 *       <i>accumulator</i> per measure (two for a ratio); every activity term of a measure becomes
 *       a <i>sink</i> adding into its accumulator. Every rule, coverage and fact count gets a
 *       <i>rule plan</i>: its subjects and its <i>slots</i>, the measures its condition reads per
 *       subject and <i>window</i>.
 *   <li><b>Pass</b>: the activity rows and the data values of the scope are cut into runs; each run
 *       is read once into its own {@code Partial}. Whether a record counts, and for what, is
 *       decided in one place ({@code Counting}), which the listing of a figure's records and the
 *       evidence of a verdict use too.
 *   <li><b>Merge</b>: the partial results are added up in the order of their runs (sums are exact,
 *       so the order changes nothing but the order of lists, which it keeps); then the subjects
 *       with a fact are counted.
 *   <li><b>Figures</b>: each indicator's value and breakdown tables, each rule's verdict per
 *       subject, counts and warnings, into a {@link io.github.qcdc.report.Report}. A verdict's
 *       evidence (the ids of the records read) is found again, once per slot, only when read.
 * </ol>
 *
 * <h2>Glossary</h2>
 *
 * <dl>
 *   <dt>accumulator
 *   <dd>the sums of one measure of one indicator, one per cell, with how many records counted;
 *       numbered from 0 in the order of the pack's indicators.
 *   <dt>cell
 *   <dd>one combination of an indicator's breakdowns (a district and a year); its {@code
 *       CellEncoder} maps a record to its cell.
 *   <dt>sink, term
 *   <dd>a term is one activity filter (with a quantity, or counting rows) of a measure; a sink is a
 *       term with the accumulator and encoder it adds into.
 *   <dt>rule plan, subject
 *   <dd>a rule (or a coverage, or a fact count) compiled for one evaluation; its subjects are the
 *       units, organisations or events it judges, numbered from 0.
 *   <dt>slot, window
 *   <dd>a slot is one measure a rule's condition reads, per subject and per window: the period,
 *       each reporting year, or the days after each year end. Equal slots of two plans are added up
 *       once ({@code SharedSlot}).
 *   <dt>tree index
 *   <dd>the position of a unit on the report's tree of units (its day's units); -1 for a unit the
 *       tree does not hold.
 *   <dt>partial result
 *   <dd>what one run of records adds: the accumulators, each rule plan's per-slot sums, counts and
 *       seen subjects, event verdicts, data values read, counters for the diagnostics and the
 *       fingerprint. Two partials of consecutive runs merge into the partial of both.
 * </dl>
 */
@NullMarked
package io.github.qcdc.engine;

import org.jspecify.annotations.NullMarked;
