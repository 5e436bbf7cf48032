package io.leadrules.app.backtest;

import io.leadrules.app.system.BodyLimit;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.RequestBodyRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * A CSV {@code POST /api/v1/rulesets/{id}/backtest} may hold {@code leadrules.backtest.max-dataset-size}, counted as it
 * streams in. A JSON backtest request (or anything else on that path) keeps the 1 MiB JSON limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BacktestDatasetBodyLimit implements RequestBodyRule {

    static final String CSV = "text/csv";
    private static final Pattern PATH = Pattern.compile("/api/v1/rulesets/[^/]{1,64}/backtest");

    private final BodyLimit limit;

    BacktestDatasetBodyLimit(BacktestSettings settings) {
        this.limit = new BodyLimit(settings.maxDatasetSize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.backtest-dataset"));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return isDataset(request) ? Optional.of(limit) : Optional.empty();
    }

    private static boolean isDataset(HttpServletRequest request) {
        String contentType = request.getContentType();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.POST.matches(request.getMethod()) && type.startsWith(CSV) && PATH.matcher(path).matches();
    }
}
