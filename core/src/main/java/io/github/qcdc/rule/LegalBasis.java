package io.github.qcdc.rule;

import io.github.qcdc.internal.Checks;
import java.util.Optional;

/**
 * Where an obligation comes from: a document, and optionally its article, clause and wording.
 *
 * @param document the document's number and name: {@code Luật 10/2022/QH15}
 * @param article the article, if any: {@code Điều 33}
 * @param clause the clause, if any: {@code khoản 1}
 * @param text the wording, if quoted
 * @since 0.1
 */
public record LegalBasis(
    String document, Optional<String> article, Optional<String> clause, Optional<String> text) {

  /**
   * Validates the document.
   *
   * @param document the document's number and name: {@code Luật 10/2022/QH15}
   * @param article the article, if any: {@code Điều 33}
   * @param clause the clause, if any: {@code khoản 1}
   * @param text the wording, if quoted
   */
  public LegalBasis {
    Checks.text("legal basis document", document);
  }

  /**
   * {@return the basis {@code document}, article {@code article}}
   *
   * @param document the document's number and name: {@code Luật 10/2022/QH15}
   * @param article the article, if any: {@code Điều 33}
   */
  public static LegalBasis of(String document, String article) {
    return new LegalBasis(document, Optional.of(article), Optional.empty(), Optional.empty());
  }

  /**
   * {@return the basis {@code document} alone}
   *
   * @param document the document's number and name: {@code Luật 10/2022/QH15}
   */
  public static LegalBasis of(String document) {
    return new LegalBasis(document, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return this basis with clause {@code value}}
   *
   * @param value the clause: {@code khoản 2}
   */
  public LegalBasis withClause(String value) {
    return new LegalBasis(document, article, Optional.of(value), text);
  }

  /**
   * {@return this basis with the quoted wording {@code value}}
   *
   * @param value the wording quoted
   */
  public LegalBasis withText(String value) {
    return new LegalBasis(document, article, clause, Optional.of(value));
  }

  /** The citation: {@code Luật 10/2022/QH15, Điều 33, khoản 1}. */
  @Override
  public String toString() {
    return document + article.map(a -> ", " + a).orElse("") + clause.map(c -> ", " + c).orElse("");
  }
}
