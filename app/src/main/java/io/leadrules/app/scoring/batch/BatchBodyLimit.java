package io.leadrules.app.scoring.batch;

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
 * A {@code POST /api/v1/scores/batch} (exactly that path) may hold {@code leadrules.batch.max-body-size}: a file of
 * leads, not one JSON request. Counted as it streams in; a body announced larger is refused before it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BatchBodyLimit implements RequestBodyRule {

    static final String PATH = "/api/v1/scores/batch";

    private final BodyLimit limit;

    BatchBodyLimit(BatchSettings settings) {
        this.limit = new BodyLimit(settings.maxBodySize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.batch", settings.maxBodySize().toMegabytes()));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        boolean batch = HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + PATH);
        return batch ? Optional.of(limit) : Optional.empty();
    }
}
