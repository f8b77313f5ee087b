package io.github.qcdc.io.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.qcdc.QcdcException;
import io.github.qcdc.audit.AuditFinding;
import io.github.qcdc.audit.Claim;
import io.github.qcdc.audit.ReportedFigure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes claims documents, {@code "format": "qcdc.claims/1"}: the figures a report
 * states, each with its id, line and text and the claim read from it, and the findings of an audit
 * of them, each naming its claim by id.
 *
 * <p>A claim is an object with an explicit {@code kind}: {@code count}, {@code ratio}, {@code
 * percent}, {@code range}, {@code parts}, {@code listed} (a number of items and the items' texts)
 * {@code change} (a value, its base and the signed change, {@code "percent": true} when the change
 * is a percentage of the base) or {@code rates} (an overall rate, a {@code ratio} or {@code
 * percent} claim under {@code total}, and its parts' fractions). Counts are whole numbers; a
 * percentage or a change is a decimal written as a string ({@code "68.13"}), exactly as stated,
 * never a float; a qualifier is {@code exact}, {@code more-than}, {@code at-least}, {@code nearly}
 * or {@code about}. A reported figure carries the {@code confidence} of its reading, {@code high}
 * or {@code low} ({@code high} when absent: a claim written by hand); a finding's {@code status} is
 * {@code match}, {@code mismatch}, {@code to-confirm} (a check that fails on a reading of low
 * confidence) or {@code unverifiable}.
 *
 * <p>Reading is strict like {@link DatasetJson}: problems name the source, the line and column of
 * the claim or finding and the JSON pointer; duplicate claim ids and findings naming an unknown
 * claim are problems too. Writing is deterministic, one claim or finding a line. The limits of
 * {@link DatasetJson} hold, with documents of at most {@value #MAX_DOCUMENT} bytes.
 *
 * @since 0.1
 */
public final class ClaimsJson {
  /** The format this version reads and writes. */
  public static final String FORMAT = "qcdc.claims/1";

  /** Largest claims document accepted, in bytes (64 MiB). */
  public static final long MAX_DOCUMENT = 64L << 20;

  static final ObjectMapper MAPPER =
      DatasetJson.exact(new ObjectMapper(DatasetJson.factory(MAX_DOCUMENT)));
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClaimsJson() {}

  /**
   * The claims of a report and the findings of their audit.
   *
   * @param claims the reported figures, ids unique
   * @param findings the findings, each about one of {@code claims}
   */
  public record Document(
      ImmutableList<ReportedFigure> claims, ImmutableList<AuditFinding> findings) {
    /**
     * Validates the document.
     *
     * @param claims the reported figures, ids unique
     * @param findings the findings, each about one of {@code claims}
     * @throws IllegalArgumentException naming a duplicate claim id, or a finding whose figure is
     *     not among the claims
     */
    public Document {
      Map<String, ReportedFigure> byId = new HashMap<>();
      for (ReportedFigure claim : claims) {
        if (byId.putIfAbsent(claim.id(), claim) != null) {
          throw new IllegalArgumentException("duplicate claim id " + claim.id());
        }
      }
      for (AuditFinding finding : findings) {
        if (!finding.figure().equals(byId.get(finding.figure().id()))) {
          throw new IllegalArgumentException(
              "finding about claim " + finding.figure().id() + " which is not among the claims");
        }
      }
    }

    /**
     * {@return the claims of {@code findings}, in their order, each once, with the findings}
     *
     * @param findings the findings of an audit
     */
    public static Document of(List<AuditFinding> findings) {
      return new Document(
          findings.stream()
              .map(AuditFinding::figure)
              .distinct()
              .collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(findings));
    }
  }

  /**
   * Writes {@code document} to {@code out}; does not close {@code out}.
   *
   * @param document the document
   * @param out where it is written; not closed
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Document document, OutputStream out) throws IOException {
    DocumentPrinter.document(
        out,
        FORMAT,
        g -> {
          g.writeArrayFieldStart("claims");
          for (ReportedFigure claim : document.claims()) {
            g.writeTree(write(claim));
          }
          g.writeEndArray();
          g.writeArrayFieldStart("findings");
          for (AuditFinding finding : document.findings()) {
            ObjectNode n =
                NODES
                    .objectNode()
                    .put("claim", finding.figure().id())
                    .put("status", DefinitionWriter.key(finding.status()));
            n.set("check", DefinitionWriter.write(finding.check()));
            n.put("computation", finding.computation());
            g.writeTree(n);
          }
          g.writeEndArray();
        });
  }

  /**
   * Reads a claims document; {@code source} names it in problems.
   *
   * @param in the document's bytes, UTF-8; not closed
   * @param source the name problems give the text ({@code activities.csv})
   * @return the document read
   * @throws QcdcException listing every problem, each with its place
   * @throws IOException if the stream fails
   */
  public static Document read(InputStream in, String source) throws IOException {
    return new ClaimsReader(source).read(in);
  }

  /** {@return the JSON Schema (2020-12) of claims documents, shipped in this jar} */
  public static InputStream schema() {
    return DocumentScanner.schema(FORMAT);
  }

  static ObjectNode write(ReportedFigure figure) {
    ObjectNode n =
        NODES
            .objectNode()
            .put("id", figure.id())
            .put("line", figure.line())
            .put("text", figure.text());
    n.set("claim", write(figure.claim()));
    n.put("confidence", DefinitionWriter.key(figure.confidence()));
    return n;
  }

  static ObjectNode write(Claim claim) {
    ObjectNode c = NODES.objectNode();
    if (claim instanceof Claim.Count count) {
      c.put("kind", "count")
          .put("value", count.value())
          .put("qualifier", DefinitionWriter.key(count.qualifier()));
    } else if (claim instanceof Claim.Ratio ratio) {
      c.put("kind", "ratio")
          .put("numerator", ratio.numerator())
          .put("denominator", ratio.denominator());
      ratio.percent().ifPresent(p -> c.put("percent", p.toString()));
      c.put("decimals", ratio.decimals());
    } else if (claim instanceof Claim.Percent percent) {
      c.put("kind", "percent")
          .put("value", percent.value().toString())
          .put("decimals", percent.decimals())
          .put("qualifier", DefinitionWriter.key(percent.qualifier()));
    } else if (claim instanceof Claim.Range range) {
      c.put("kind", "range")
          .put("low", range.low().toString())
          .put("high", range.high().toString());
    } else if (claim instanceof Claim.Parts parts) {
      c.put("kind", "parts").put("total", parts.total());
      ArrayNode list = c.putArray("parts");
      parts.parts().forEach(p -> list.addObject().put("label", p.label()).put("value", p.value()));
      if (!parts.exhaustive()) {
        c.put("exhaustive", false);
      }
    } else if (claim instanceof Claim.Listed listed) {
      c.put("kind", "listed").put("count", listed.count());
      ArrayNode items = c.putArray("items");
      listed.items().forEach(items::add);
    } else if (claim instanceof Claim.Rates rates) {
      c.put("kind", "rates");
      c.set("total", write(rates.total()));
      ArrayNode parts = c.putArray("parts");
      rates
          .parts()
          .forEach(
              p ->
                  parts
                      .addObject()
                      .put("label", p.label())
                      .put("numerator", p.numerator())
                      .put("denominator", p.denominator()));
    } else if (claim instanceof Claim.Change change) {
      c.put("kind", "change")
          .put("value", change.value())
          .put("base", change.base())
          .put("change", change.change().toString())
          .put("percent", change.percent())
          .put("qualifier", DefinitionWriter.key(change.qualifier()));
    }
    return c;
  }
}
