package io.propgov.governance.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the facts types' builders: a builder never throws, whatever is
 * missing or wrong (no null checks, no mandatory attributes; a missing reference is null, a
 * missing primitive 0). The field constraints are checked after building, all at once, by
 * {@code FactsConstraints}. Source retention: nothing of Immutables reaches the class files a host
 * compiles against.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(validationMethod = Value.Style.ValidationMethod.NONE, jdkOnly = true)
public @interface FactsStyle {}
