package io.github.qcdc.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of qcdc: abstract value types {@code X} with public generated {@code
 * ImmutableX} implementations, builders reached through {@code X.builder()}, {@code with*} copies,
 * Guava immutable collections and no nulls.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface QcdcStyle {}
