package io.leadrules.app.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method (or every handler of a controller) as deprecated, so that each answer says so to clients
 * before the endpoint goes: {@code Deprecation} (RFC 9745) from {@link #since()}, {@code Sunset} (RFC 8594) from
 * {@link #sunset()} when set, and a {@code Link} with {@code rel="deprecation"} to {@link #link()}. The headers are
 * written by {@link DeprecationHeaders}; docs/api.md "Deprecation and Sunset" says how clients should read them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DeprecatedEndpoint {

    /** When the endpoint became deprecated: an ISO-8601 date ({@code 2027-01-15}, midnight UTC) or instant. */
    String since();

    /** When it will stop answering, as {@link #since()}; empty when no date is set yet. */
    String sunset() default "";

    /** Where its replacement is described (a page of docs/api.md or a URL). */
    String link() default "/docs/api.md#deprecation-and-sunset";
}
