package io.github.qcdc.examples.spring;

import io.github.qcdc.QcdcException;
import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.FigureText;
import io.github.qcdc.report.Report;
import io.github.qcdc.text.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as JSON, written and read by Boot's message converters with the qcdc module:
 *
 * <ul>
 *   <li>{@code GET /report?scope=40&period=2016/2020}: the report of the pack over the records;
 *   <li>{@code POST /report/figures}: a report document in, its figures the Vietnamese way out, one
 *       a line ({@code supervisions: 2.849 cuộc});
 *   <li>{@code POST /report/echo}: a report document in, the same report out.
 * </ul>
 *
 * A scope or period that is not one, or a document that is not a report, is a 400 whose body is the
 * reason.
 */
@RestController
public class ReportController {
  private final Evaluator evaluator;
  private final Dataset dataset;

  /** The controller of the application's evaluator and records. */
  public ReportController(Evaluator evaluator, Dataset dataset) {
    this.evaluator = evaluator;
    this.dataset = dataset;
  }

  /** The report for {@code scope} and {@code period}. */
  @GetMapping("/report")
  public Report report(@RequestParam("scope") String scope, @RequestParam("period") String period) {
    return evaluator.evaluate(dataset, UnitCode.of(scope), ReportingPeriod.parse(period)).report();
  }

  /** The figures of the report sent, one a line. */
  @PostMapping(value = "/report/figures", produces = MediaType.TEXT_PLAIN_VALUE)
  public String figures(@RequestBody Report report) {
    StringBuilder text = new StringBuilder();
    for (Figure f : report.figures()) {
      text.append(f.id())
          .append(": ")
          .append(FigureText.format(f.value(), f.format(), Language.VI))
          .append('\n');
    }
    return text.toString();
  }

  /** The report sent, as it was read. */
  @PostMapping("/report/echo")
  public Report echo(@RequestBody Report report) {
    return report;
  }

  /** A bad scope, period or document: 400 with the reason. */
  @ExceptionHandler({
    IllegalArgumentException.class,
    QcdcException.class,
    HttpMessageNotReadableException.class
  })
  public ResponseEntity<String> refused(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.TEXT_PLAIN)
        .body(String.valueOf(e.getMessage()));
  }
}
