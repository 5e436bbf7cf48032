package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.BodyLimit;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.RequestBodyRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * A CSV or NDJSON {@code POST /api/v1/outcomes/import} (exactly that path) may hold
 * {@code leadrules.outcomes.max-import-size}, counted as it streams in. Anything that only looks like an import
 * (another method, path or content type) is not this rule's and gets the 1 MiB JSON limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutcomeImportBodyLimit implements RequestBodyRule {

    static final String PATH = "/api/v1/outcomes/import";
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final BodyLimit limit;

    OutcomeImportBodyLimit(OutcomeSettings settings) {
        this.limit = new BodyLimit(settings.maxImportSize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.outcome-import"));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return isImport(request) ? Optional.of(limit) : Optional.empty();
    }

    private static boolean isImport(HttpServletRequest request) {
        String contentType = request.getContentType();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + PATH)
                && (type.startsWith(CSV) || type.startsWith(NDJSON));
    }
}
