/**
 * Reports as HTML pages people read and print: {@link io.github.qcdc.io.html.HtmlReport}, with the
 * audit of a report's text as an {@link io.github.qcdc.io.html.AuditSection}.
 */
@org.jspecify.annotations.NullMarked
package io.github.qcdc.io.html;
