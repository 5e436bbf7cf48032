package io.leadrules.app.webhook;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of webhook subscriptions and deliveries. Slugs, statuses and texts are part of the API. */
enum WebhookProblem implements ProblemType {

    INVALID_WEBHOOK("invalid-webhook", HttpStatus.BAD_REQUEST),
    WEBHOOK_URL_REFUSED("webhook-url-refused", HttpStatus.UNPROCESSABLE_CONTENT),
    WEBHOOK_NOT_FOUND("webhook-not-found", HttpStatus.NOT_FOUND),
    DELIVERY_NOT_FOUND("webhook-delivery-not-found", HttpStatus.NOT_FOUND),
    DELIVERY_NOT_FAILED("webhook-delivery-not-failed", HttpStatus.CONFLICT);

    private final String slug;
    private final HttpStatus status;

    WebhookProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<WebhookProblem> problemTypes() {
            return List.of(values());
        }
    }
}
