package io.leadrules.app.lead.imports;

import io.leadrules.app.system.BodyLimit;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.RequestBodyRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/scores/batch?store=true} may hold {@code leadrules.lead-imports.max-body-size}, counted as it
 * streams in. Ordered before the scoring batch's own rule, which speaks for the same path without {@code store}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadImportBodyLimit implements RequestBodyRule {

    static final String PATH = "/api/v1/scores/batch";

    private final BodyLimit limit;

    LeadImportBodyLimit(LeadImportSettings settings) {
        this.limit = new BodyLimit(settings.maxBodySize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.lead-import"));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return isImport(request) ? Optional.of(limit) : Optional.empty();
    }

    private static boolean isImport(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + PATH)
                && "true".equals(request.getParameter("store"));
    }
}
