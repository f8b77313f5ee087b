package io.github.qcdc.io.html;

import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.io.internal.WholeFiles;
import io.github.qcdc.report.Report;
import io.github.qcdc.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as one self-contained HTML page that people read, print and attach: a summary of the
 * evaluation (pack, scope, period, the days each rule applied, the fingerprints, diagnostics and
 * warnings); each figure with its value as written and exact, its explanation, and each breakdown
 * as a table and a bar chart; each rule's verdict counts and a table of every subject; and, when
 * given, the audit of the report's text.
 *
 * <pre>{@code
 * HtmlReport.of(evaluation.report())
 *     .withLanguage(Language.VI)
 *     .withUnits(dataset.gazetteer())
 *     .writeTo(Path.of("bao-cao.html"));
 * }</pre>
 *
 * <p>The page needs no network and no script: styles and charts (SVG) are inline and every table is
 * complete. A short inline script, when it runs, makes the tables of subjects sortable (click a
 * heading) and filterable. A print style sheet lays it out on A4, each section on a new page, table
 * headings repeated on every page.
 *
 * <p>Every text from the report, the units or the audit (names, titles, reasons, labels) is
 * escaped: nothing from the data is ever read as markup. The same report and options give the same
 * bytes: the page carries no time unless {@link #withTimestamp} asks for one, and nothing depends
 * on the default locale or time zone.
 *
 * <p>Instances are immutable; the {@code with} methods return copies.
 *
 * @since 0.2
 */
public final class HtmlReport {
  private final Report report;
  private final Language language;
  private final Optional<Gazetteer> units;
  private final Optional<AuditSection> audit;
  private final Optional<Instant> timestamp;

  private HtmlReport(
      Report report,
      Language language,
      Optional<Gazetteer> units,
      Optional<AuditSection> audit,
      Optional<Instant> timestamp) {
    this.report = report;
    this.language = language;
    this.units = units;
    this.audit = audit;
    this.timestamp = timestamp;
  }

  /**
   * {@return the page of {@code report}, in Vietnamese, without unit names, audit or timestamp}
   *
   * @param report the report
   */
  public static HtmlReport of(Report report) {
    return new HtmlReport(
        Objects.requireNonNull(report, "report"),
        Language.VI,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return this page in {@code language}: its headings, its numbers ({@code 2.849} or {@code
   * 2,849})}
   *
   * @param language the language of the headings and texts
   */
  public HtmlReport withLanguage(Language language) {
    return new HtmlReport(report, Objects.requireNonNull(language), units, audit, timestamp);
  }

  /**
   * {@return this page naming units from {@code units}: the scope, and the groups of a breakdown by
   * unit ({@code Huyện Quỳnh Lưu} for {@code 412}), as they were on the report's day ({@link
   * Report#asOf()})} A code {@code units} does not know is shown as it is.
   *
   * @param units the gazetteer unit names are read from
   */
  public HtmlReport withUnits(Gazetteer units) {
    return new HtmlReport(report, language, Optional.of(units), audit, timestamp);
  }

  /**
   * {@return this page with the audit of a report's text, in a section of its own}
   *
   * @param audit the audit of the report's text
   */
  public HtmlReport withAudit(AuditSection audit) {
    return new HtmlReport(report, language, units, Optional.of(audit), timestamp);
  }

  /**
   * {@return this page stating that it was generated at {@code timestamp} (in UTC, ISO 8601)}
   *
   * @param timestamp the time the page was generated
   */
  public HtmlReport withTimestamp(Instant timestamp) {
    return new HtmlReport(report, language, units, audit, Optional.of(timestamp));
  }

  /** {@return the report} */
  public Report report() {
    return report;
  }

  /** {@return the language} */
  public Language language() {
    return language;
  }

  /** {@return the units names are read from, if given} */
  public Optional<Gazetteer> units() {
    return units;
  }

  /** {@return the audit, if given} */
  public Optional<AuditSection> audit() {
    return audit;
  }

  /** {@return the time the page says it was generated at, if asked} */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /** {@return the page} */
  public String toHtml() {
    return Page.write(this);
  }

  /**
   * Writes the page to {@code out} in UTF-8; {@code out} is flushed, not closed.
   *
   * @param out where it is written; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(toHtml().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the page to {@code file}, whole or not at all: to a hidden file beside it first, then
   * moved into place, so that a failure never leaves part of a page.
   *
   * @param file the file written, whole or not at all
   * @throws IOException naming {@code file} and why it cannot be written
   */
  public void writeTo(Path file) throws IOException {
    WholeFiles.write(file, this::writeTo);
  }
}
