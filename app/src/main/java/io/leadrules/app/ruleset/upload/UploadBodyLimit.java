package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.BodyLimit;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.RequestBodyRule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A multipart {@code POST /api/v1/rulesets} (exactly that path) is a rule-set upload and may hold
 * {@code leadrules.rulesets.max-upload-size}. Anything that only looks like an upload (another method, another path,
 * a trailing slash, another content type) is not this rule's, and gets the smaller JSON limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadBodyLimit implements RequestBodyRule {

    private static final String RULESET_UPLOADS = "/api/v1/rulesets";

    private final BodyLimit limit;

    UploadBodyLimit(RuleSetUploadSettings settings) {
        this.limit = new BodyLimit(settings.maxUploadSize().toBytes(), ProblemMessage.of(
                "payload-too-large.detail.upload-files"));
    }

    @Override
    public Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return isUpload(request) ? Optional.of(limit) : Optional.empty();
    }

    private static boolean isUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + RULESET_UPLOADS)
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
