package io.leadrules.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the deprecation headers of a handler marked {@link DeprecatedEndpoint}, before the handler runs (so a
 * problem answer carries them too): {@code Deprecation: @<unix seconds>} (RFC 9745, a structured-field date),
 * {@code Sunset: <HTTP-date>} (RFC 8594) and {@code Link: <link>; rel="deprecation"}. A malformed date in the
 * annotation fails the first request that reaches the handler, in development, not a client's parse.
 */
@Configuration(proxyBeanMethods = false)
public class DeprecationHeaders implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            DeprecatedEndpoint deprecated = marking(method);
            if (deprecated != null) {
                write(deprecated, response);
            }
        }
        return true;
    }

    private static DeprecatedEndpoint marking(HandlerMethod method) {
        DeprecatedEndpoint onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
                DeprecatedEndpoint.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), DeprecatedEndpoint.class);
    }

    private static void write(DeprecatedEndpoint deprecated, HttpServletResponse response) {
        response.setHeader("Deprecation", "@" + instant(deprecated.since()).getEpochSecond());
        if (!deprecated.sunset().isEmpty()) {
            response.setHeader("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    instant(deprecated.sunset()).atOffset(ZoneOffset.UTC)));
        }
        response.addHeader(HttpHeaders.LINK, "<" + deprecated.link() + ">; rel=\"deprecation\"");
    }

    static Instant instant(String date) {
        try {
            return date.length() == 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(date);
        } catch (DateTimeParseException malformed) {
            throw new IllegalStateException("@DeprecatedEndpoint takes ISO-8601 dates (2027-01-15) or instants, not "
                    + date, malformed);
        }
    }
}
