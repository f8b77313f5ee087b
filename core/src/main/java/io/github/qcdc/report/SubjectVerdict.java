package io.github.qcdc.report;

import io.github.qcdc.rule.Evidence;
import io.github.qcdc.rule.Verdict;

/**
 * A rule's verdict for one subject, with the evidence that decided it.
 *
 * @param subject the unit code, organisation id or record id
 * @param name the subject's name
 * @param verdict the verdict
 * @param evidence what decided it
 * @since 0.1
 */
public record SubjectVerdict(String subject, String name, Verdict verdict, Evidence evidence) {}
