package io.leadrules.app.idempotency;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * {@code Idempotency-Key} on every POST under {@code /api/}: the first request with a key runs and its answer is
 * kept; the same key with the same request (same credential) answers that answer again without running anything;
 * the same key with another request is a 422; while the first runs, a 409. The key is held (committed) before the
 * request runs, so a crash after the effect leaves the key (409 until it expires), never an effect without its key.
 * A 5xx or an exception forgets the key: a retry runs again. A success that showed a secret once, or an answer
 * about a lead erased since, is not repeated: a 409 {@code idempotency-answer-withheld} ({@link KeptAnswers}).
 * Runs after the security chain (who is asking scopes the
 * key) and after {@code system.RequestBodyLimit} (the body read here is capped): see
 * {@link IdempotencyConfiguration}. Bulk scoring's stream ({@code POST /api/v1/scores/batch} without
 * {@code store=true}) writes nothing and is never buffered: a key there is
 * not looked at; nor is it on a multipart body sent anywhere but the rule-set upload, which the server refuses without
 * reading its parts (application.yml, spring.servlet.multipart). See docs/decisions/0031-idempotency-keys.md.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String STREAM = "/api/v1/scores/batch";
    /**
     * Scoring one lead stores nothing, so a retry is harmless without a key; keeping its answer would keep the
     * person's data for a day where no erasure reaches it.
     */
    static final String SCORE = "/api/v1/scores";
    /** The one endpoint that takes multipart with an effect: elsewhere a multipart body stays unread (see below). */
    static final String UPLOAD = "/api/v1/rulesets";

    private final IdempotencyKeys keys;
    private final CurrentActor actor;
    private final Clock clock;
    private final IdempotencySettings settings;
    private final HandlerExceptionResolver problems;
    private final SecretKey fingerprintKey;

    IdempotencyFilter(IdempotencyKeys keys, CurrentActor actor, Clock clock, IdempotencySettings settings,
                      HandlerExceptionResolver problems, SecretKey fingerprintKey) {
        this.fingerprintKey = fingerprintKey;
        this.keys = keys;
        this.actor = actor;
        this.clock = clock;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/")
                || request.getHeader(IdempotencyKey.HEADER) == null || path.equals(SCORE)
                || path.equals(STREAM) && !storing(request)
                || RequestFingerprint.isMultipart(request) && !path.equals(UPLOAD);
    }

    /**
     * Whether the query asks to store ({@code store=true}), read as the handler reads it (percent-decoded), but from the
     * query string alone: asking the container for parameters could make it read a multipart body meant to stream.
     */
    private static boolean storing(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if ("store".equals(decoded(name)) && "true".equalsIgnoreCase(decoded(value))) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestFingerprint fingerprint;
        String key;
        try {
            key = IdempotencyKey.of(request.getHeaders(IdempotencyKey.HEADER));
            fingerprint = RequestFingerprint.of(request, fingerprintKey);
        } catch (IllegalStateException | ServletException unparsableMultipart) {
            chain.doFilter(request, response);
            return;
        } catch (RuntimeException refused) {
            problems.resolveException(request, response, null, refused);
            return;
        }
        try (fingerprint) {
            answer(key, fingerprint, response, chain);
        }
    }

    private void answer(String key, RequestFingerprint fingerprint, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String scope = actor.credential();
        Instant now = clock.instant();
        KeyClaim claim = keys.claim(scope, key, fingerprint.hash(), now, now.plus(settings.timeToLive()));
        if (claim instanceof KeyClaim.Held held) {
            answerHeld(fingerprint, held, response);
            return;
        }
        new FirstRequest(keys, scope, key, settings.maxAnswerSize().toBytes())
                .run(fingerprint.request(), response, chain);
    }

    private void answerHeld(RequestFingerprint fingerprint, KeyClaim.Held held, HttpServletResponse response)
            throws IOException {
        if (held.answer() == null) {
            refuse(fingerprint.request(), response, new ProblemException(IdempotencyProblem.KEY_IN_FLIGHT, "The "
                    + "first request with this " + IdempotencyKey.HEADER + " has not answered yet; nothing was done. "
                    + "Retry later with the same key.").with("header", IdempotencyKey.HEADER)
                    .withHeader("Retry-After", "1"));
        } else if (!held.requestHash().equals(fingerprint.hash())) {
            refuse(fingerprint.request(), response, reused());
        } else if (held.answer().withheld() != null) {
            refuse(fingerprint.request(), response, withheld(held.answer()));
        } else {
            KeptAnswers.replay(held.answer(), response);
        }
    }

    private static ProblemException reused() {
        return new ProblemException(IdempotencyProblem.KEY_REUSED, "This " + IdempotencyKey.HEADER + " was used for "
                + "another request (method, path, query, Content-Type or body differ); nothing was done. Use a new "
                + "key for a new request.").with("header", IdempotencyKey.HEADER);
    }

    private static ProblemException withheld(KeptAnswer answer) {
        String location = answer.headers().get(HttpHeaders.LOCATION);
        ProblemException problem = new ProblemException(IdempotencyProblem.ANSWER_WITHHELD, "The first request "
                + "with this " + IdempotencyKey.HEADER + " was answered (" + answer.status() + "), but that answer "
                + ("secret".equals(answer.withheld()) ? "showed a secret once" : "was about a lead erased since")
                + " and is not repeated; nothing was done this time.").with("header", IdempotencyKey.HEADER)
                .with("reason", answer.withheld());
        return location == null ? problem : problem.with("location", location);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemException problem) {
        problems.resolveException(request, response, null, problem);
    }
}
