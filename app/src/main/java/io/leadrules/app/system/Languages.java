package io.leadrules.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The languages the service speaks: English (the default) and Spanish. A request's language is the one a person chose
 * on a page ({@code ?lang=es}, kept in the {@value #COOKIE} cookie), otherwise the best supported match of its
 * {@code Accept-Language}, otherwise English. Anything else a request names (an unknown language, a malformed header
 * or cookie) is English: the resolved locale is always one of {@link #SUPPORTED}.
 */
@Configuration
public class Languages implements WebMvcConfigurer {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    static final String COOKIE = "lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(Languages::accepted);
        resolver.setRejectInvalidCookies(false);
        return new SupportedOnly(resolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice()).addPathPatterns("/", "/login", "/console", "/console/**");
    }

    /** The supported language a tag names ({@code es}, {@code es-MX}, {@code ES}); empty for any other. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The best supported language of the request's {@code Accept-Language}; English when none is supported. */
    static Locale accepted(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || header.length() > 1024) {
            return DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? DEFAULT : match;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** A cookie naming an unsupported language (set by hand) resolves like no cookie. */
    private record SupportedOnly(CookieLocaleResolver cookies) implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale chosen = cookies.resolveLocale(request);
            return supported(chosen.toLanguageTag()).orElseGet(() -> accepted(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            cookies.setLocale(request, response, locale);
        }
    }

    /** {@code ?lang=es} on a page keeps that choice; a language the service does not speak is ignored. */
    private static final class LanguageChoice implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            Optional<Locale> chosen = supported(request.getParameter(PARAMETER));
            if (resolver != null && chosen.isPresent()) {
                resolver.setLocale(request, response, chosen.get());
            }
            return true;
        }
    }
}
