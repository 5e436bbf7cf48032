package io.leadrules.app.webhook;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a subscription request member by member (400 {@code invalid-webhook} naming each), then its URL against
 * {@link AddressPolicy} (422 {@code webhook-url-refused} saying why).
 */
@Component
class WebhookRequestCheck {

    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_THRESHOLDS = 10;

    private final AddressPolicy policy;

    WebhookRequestCheck(AddressPolicy policy) {
        this.policy = policy;
    }

    /** The checked request: URL, event types, thresholds as given (null: the default). */
    record Checked(URI url, Set<WebhookEventType> events, List<Integer> thresholds) {
    }

    Checked check(WebhookMessages.WebhookRequest request) {
        if (request == null) {
            throw invalid(List.of(new FieldProblem("", "a JSON object with url and events is required")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        URI url = url(request.url(), errors);
        Set<WebhookEventType> events = events(request.events(), errors);
        thresholds(request.scoreThresholds(), errors);
        if (request.secret() != null && SigningSecrets.key(request.secret()).isEmpty()) {
            errors.add(new FieldProblem("secret", "must be whsec_ and the Base64 of 24 to 64 bytes"));
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        try {
            policy.target(url);
        } catch (AddressRefused e) {
            throw new ProblemException(WebhookProblem.WEBHOOK_URL_REFUSED, e.getMessage()).with("field", "url");
        }
        return new Checked(url, events, request.scoreThresholds());
    }

    private static URI url(String url, List<FieldProblem> errors) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            errors.add(new FieldProblem("url", "is required, at most " + MAX_URL + " characters"));
            return null;
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            errors.add(new FieldProblem("url", "is not a URL: " + e.getReason()));
            return null;
        }
    }

    private static Set<WebhookEventType> events(List<String> names, List<FieldProblem> errors) {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldProblem("events", "name at least one event type"));
            return events;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int index = i;
            WebhookEventType.of(name).ifPresentOrElse(events::add, () -> errors.add(new FieldProblem(
                    "events[" + index + "]", "is not an event type; one of lead.stage_changed, lead.temperature_changed, "
                    + "lead.score_crossed, lead.erased, ruleset.activated")));
        }
        return events;
    }

    private static void thresholds(List<Integer> thresholds, List<FieldProblem> errors) {
        if (thresholds == null) {
            return;
        }
        if (thresholds.isEmpty() || thresholds.size() > MAX_THRESHOLDS
                || thresholds.stream().anyMatch(t -> t == null || t < -100_000 || t > 100_000)) {
            errors.add(new FieldProblem("scoreThresholds", "1 to " + MAX_THRESHOLDS + " whole numbers between "
                    + "-100000 and 100000"));
        }
    }

    private static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(WebhookProblem.INVALID_WEBHOOK, errors.size() + " member(s) of the subscription "
                + "need changing: " + errors.get(0).field() + " " + errors.get(0).message() + ".")
                .with("errors", errors);
    }
}
