package io.leadrules.app.webhook;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of webhook subscriptions and deliveries. Slugs, statuses and texts are part of the API. */
enum WebhookProblem implements ProblemType {

    INVALID_WEBHOOK("invalid-webhook", HttpStatus.BAD_REQUEST, "The webhook subscription is not valid",
            "A member of the subscription is missing or not allowed: url, an event type, a score threshold, the "
                    + "secret (whsec_ and the Base64 of 24 to 64 bytes) or the description.",
            "Read errors (each member and what is wrong with it), correct them and send the subscription again."),
    WEBHOOK_URL_REFUSED("webhook-url-refused", HttpStatus.UNPROCESSABLE_CONTENT, "The webhook URL may not be called",
            "The service only calls https:// URLs on public addresses, without credentials or fragment: the URL's "
                    + "host resolves to a private, loopback, link-local or other internal address, or the URL is not "
                    + "https. This keeps the service from being turned against its own network.",
            "Give a public https:// URL. An operator may allow plain http or internal receivers "
                    + "(leadrules.webhooks.allow-http, allow-private-addresses)."),
    WEBHOOK_NOT_FOUND("webhook-not-found", HttpStatus.NOT_FOUND, "No such webhook subscription",
            "No subscription has this id. Subscription ids are the UUIDs POST /api/v1/webhooks answers with.",
            "Check the id (GET /api/v1/webhooks lists them)."),
    DELIVERY_NOT_FOUND("webhook-delivery-not-found", HttpStatus.NOT_FOUND, "No such webhook delivery",
            "The subscription has no delivery with this id.",
            "GET /api/v1/webhooks/{id}/deliveries lists the subscription's deliveries and their ids."),
    DELIVERY_NOT_FAILED("webhook-delivery-not-failed", HttpStatus.CONFLICT, "Only a failed delivery can be resent",
            "The delivery is still PENDING (it will be retried by itself) or SUCCEEDED (the receiver has it).",
            "Resend a delivery once its state is FAILED; to hear about everything again, nothing needs resending.");

    private final ProblemText text;

    WebhookProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
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
