package io.leadrules.app.system;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Serves each problem {@code type} URI as a short page that says when the problem happens and what to do. */
@Hidden
@RestController
class ProblemPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ProblemTypes types;

    ProblemPages(ProblemTypes types) {
        this.types = types;
    }

    @GetMapping("/problems")
    ResponseEntity<String> index() {
        String items = types.all().stream()
                .map(type -> "<li><a href=\"" + type.uri() + "\">" + type.uri() + "</a> (" + type.status().value()
                        + "): " + HtmlUtils.htmlEscape(type.title()) + "</li>")
                .collect(Collectors.joining("\n"));
        return page("LeadRules problem types", "<h1>LeadRules problem types</h1>\n<ul>\n" + items + "\n</ul>");
    }

    @GetMapping("/problems/{name}")
    ResponseEntity<String> page(@PathVariable String name) {
        ProblemType type = types.named(name).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                SystemProblem.NOT_FOUND.problem("There is no problem type named '" + name + "'. The problem types "
                        + "are listed at /problems."), null));
        return page(type.title(), "<h1>" + HtmlUtils.htmlEscape(type.title()) + "</h1>\n"
                + "<p><code>type: " + type.uri() + "</code> &middot; HTTP " + type.status().value() + " "
                + type.status().getReasonPhrase() + "</p>\n"
                + "<h2>When</h2>\n<p>" + HtmlUtils.htmlEscape(type.when()) + "</p>\n"
                + "<h2>What to do</h2>\n<p>" + HtmlUtils.htmlEscape(type.fix()) + "</p>\n"
                + "<p>The answer is <code>application/problem+json</code> (RFC 9457): <code>type</code>, "
                + "<code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code>, and "
                + "<code>errors: [{field, message}]</code> when members of the request are involved. "
                + "<a href=\"/problems\">All problem types</a>.</p>");
    }

    private static ResponseEntity<String> page(String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
        return ResponseEntity.ok().contentType(HTML).body(html);
    }
}
