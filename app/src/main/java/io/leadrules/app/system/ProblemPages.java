package io.leadrules.app.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves each problem {@code type} URI as a short page that says when the problem happens and what to do, in the
 * language the request asks for (every word from the problem bundle, escaped as HTML).
 */
@Hidden
@RestController
class ProblemPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ProblemTypes types;

    ProblemPages(ProblemTypes types) {
        this.types = types;
    }

    @GetMapping("/problems")
    ResponseEntity<String> index(HttpServletRequest request) {
        Locale locale = Languages.of(request);
        String items = types.all().stream()
                .map(type -> "<li><a href=\"" + type.uri() + "\">" + type.uri() + "</a> (" + type.status().value()
                        + "): " + escaped(type.title(locale)) + "</li>")
                .collect(Collectors.joining("\n"));
        String title = word("problems.page.index", locale);
        return page(locale, title, "<h1>" + escaped(title) + "</h1>\n<ul>\n" + items + "\n</ul>");
    }

    @GetMapping("/problems/{name}")
    ResponseEntity<String> page(@PathVariable String name, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        ProblemType type = types.named(name).orElseThrow(() -> new ProblemException(SystemProblem.NOT_FOUND,
                ProblemMessage.of("not-found.detail.problem-type", name)));
        return page(locale, type.title(locale), "<h1>" + escaped(type.title(locale)) + "</h1>\n"
                + "<p><code>type: " + type.uri() + "</code> &middot; HTTP " + type.status().value() + " "
                + type.status().getReasonPhrase() + "</p>\n"
                + "<h2>" + escaped(word("problems.page.when", locale)) + "</h2>\n<p>" + escaped(type.when(locale))
                + "</p>\n<h2>" + escaped(word("problems.page.fix", locale)) + "</h2>\n<p>"
                + escaped(type.fix(locale)) + "</p>\n<p>" + word("problems.page.format", locale) + "</p>");
    }

    private static ResponseEntity<String> page(Locale locale, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\">\n<head><meta charset=\"utf-8\">"
                + "<title>" + escaped(title) + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(html);
    }

    /** A word of the page itself; {@code problems.page.format} is HTML written in the bundle, the others text. */
    private static String word(String key, Locale locale) {
        return ProblemTexts.format(key, locale);
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
