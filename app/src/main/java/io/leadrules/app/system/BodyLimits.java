package io.leadrules.app.system;

import io.leadrules.app.ruleset.upload.RuleSetUploadSettings;
import io.leadrules.app.scoring.ScoringSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Which body limit a request under {@code /api/} gets. One rule: a multipart {@code POST /api/v1/rulesets} (exactly
 * that path) is a rule-set upload and gets {@code leadrules.rulesets.max-upload-size}; every other request gets
 * {@code leadrules.scoring.max-body-size}. Anything that only looks like an upload (another method, another path,
 * a trailing slash, another content type) gets the smaller JSON limit.
 */
final class BodyLimits {

    static final String RULESET_UPLOADS = "/api/v1/rulesets";

    /**
     * @param bytes  the most a body may hold
     * @param advice what to send instead, for the problem's detail
     */
    record BodyLimit(long bytes, String advice) {
    }

    private final BodyLimit json;
    private final BodyLimit upload;

    BodyLimits(ScoringSettings scoring, RuleSetUploadSettings uploads) {
        this.json = new BodyLimit(scoring.maxBodySize().toBytes(), "Send fewer or shorter activities in one request.");
        this.upload = new BodyLimit(uploads.maxUploadSize().toBytes(), "Upload fewer or smaller rule files: one .zip "
                + "of the rule set is much smaller than its files.");
    }

    BodyLimit of(HttpServletRequest request) {
        return isUpload(request) ? upload : json;
    }

    private static boolean isUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return HttpMethod.POST.matches(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + RULESET_UPLOADS)
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
