package io.leadrules.app.scoring;

import io.leadrules.app.system.BodyLimit;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.RequestBodyRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every request body under {@code /api/} is JSON of scoring's size ({@code leadrules.scoring.max-body-size}) unless
 * a narrower rule says otherwise, so this rule comes last.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class JsonBodyLimit implements RequestBodyRule {

    private final BodyLimit limit;

    JsonBodyLimit(ScoringSettings settings) {
        this.limit = new BodyLimit(settings.maxBodySize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.json"));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return Optional.of(limit);
    }
}
