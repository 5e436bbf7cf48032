package io.leadrules.app.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The languages the service speaks (English, the default, and Spanish) and the one a request asks for, by its
 * {@code Accept-Language} header as RFC 4647 lookup reads it: {@code es}, {@code es-ES} and
 * {@code fr, es;q=0.5} are Spanish; no header, {@code fr}, {@code es;q=0}, or a header that cannot be parsed are
 * English, unless a person chose a language on a page ({@link LanguageChoice}). The header is the client's and nothing it holds fails a request: a malformed or overlong one is as if
 * absent.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** In the order of preference when a request asks for none: the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    /** The cookie that keeps a language chosen on a page. */
    public static final String COOKIE = "lang";

    /** Longer than any header a person's browser sends; past it the header is not parsed at all. */
    static final int MAX_HEADER_LENGTH = 1024;

    private Languages() {
    }

    /**
     * The language of the answer to this request: the one a person chose on a page (the {@value #COOKIE} cookie,
     * {@link LanguageChoice}) when it names a supported language, otherwise its {@code Accept-Language}.
     */
    public static Locale of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The supported language a tag names ({@code es}, {@code es-MX}, {@code ES}); empty for any other. */
    public static Optional<Locale> named(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    private static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> named(cookie.getValue()));
    }

    /** The supported language an {@code Accept-Language} value asks for first; English when it asks for none. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(LanguageRange.parse(acceptLanguage), SUPPORTED);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The supported language closest to a locale (its language, or else English), for a locale chosen elsewhere. */
    public static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(ENGLISH);
    }
}
