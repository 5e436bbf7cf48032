package io.leadrules.app.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A language chosen on a page ({@code ?lang=es}) is kept in the {@value Languages#COOKIE} cookie for a year and wins
 * over {@code Accept-Language}; the request's locale (what templates and {@code LocaleContextHolder} see) is always
 * {@link Languages#of}: one of {@link Languages#SUPPORTED}, whatever the cookie or the header say.
 */
@Configuration
class LanguageChoice implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookies = new CookieLocaleResolver(Languages.COOKIE);
        cookies.setCookieMaxAge(Duration.ofDays(365));
        cookies.setCookieHttpOnly(true);
        cookies.setCookieSameSite("Lax");
        return new SupportedOnly(cookies);
    }

    /**
     * Tomcat answers {@code request.getLocale()} with an exception when {@code Accept-Language} names more than ten
     * languages, and Spring's RequestContextFilter asks it on every request: any client could make any page or
     * endpoint a 500 (and an error logged with its stack). Ahead of every other filter, such a header reads as absent,
     * as {@link Languages} reads it.
     */
    @Bean
    FilterRegistrationBean<Filter> unreadableLanguages() {
        Filter tolerant = (request, response, chain) -> chain.doFilter(request instanceof HttpServletRequest http
                ? new TolerantLocales(http) : request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(tolerant);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Choice()).addPathPatterns("/", "/login", "/console", "/console/**");
    }

    /** Resolves as {@link Languages#of}; a choice is written to the cookie. */
    private record SupportedOnly(CookieLocaleResolver cookies) implements LocaleResolver {

        /** The request attribute holding a choice made in this very request (its cookie comes back only later). */
        static final String CHOSEN = LanguageChoice.class.getName() + ".chosen";

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return request.getAttribute(CHOSEN) instanceof Locale chosen ? chosen : Languages.of(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            cookies.setLocale(request, response, locale);
            request.setAttribute(CHOSEN, locale);
        }
    }

    /** {@code ?lang=es} on a page keeps that choice; a language the service does not speak is ignored. */
    private static final class Choice implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Optional<Locale> chosen = Languages.named(request.getParameter(PARAMETER));
            if (chosen.isPresent()) {
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, chosen.get());
                }
            }
            return true;
        }
    }

    /** The container's locales, or the default language when the container cannot read the header. */
    private static final class TolerantLocales extends HttpServletRequestWrapper {

        TolerantLocales(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Locale getLocale() {
            try {
                return super.getLocale();
            } catch (IllegalArgumentException unreadable) {
                return Languages.ENGLISH;
            }
        }

        @Override
        public Enumeration<Locale> getLocales() {
            try {
                return super.getLocales();
            } catch (IllegalArgumentException unreadable) {
                return Collections.enumeration(List.of(Languages.ENGLISH));
            }
        }
    }
}
