package io.leadrules.app.ruleset.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.system.BodyLimit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A multipart POST /api/v1/rulesets may hold 20 MB; anything that only looks like one is left to the JSON limit. */
class UploadBodyLimitTest {

    private static final String MULTIPART = "multipart/form-data; boundary=----LeadRules";
    private static final long TWENTY_MEGABYTES = 20L * 1024 * 1024;

    private final UploadBodyLimit rule = new UploadBodyLimit(RuleSetUploadSettings.defaults());

    @Test
    void aRuleSetUploadMayHoldTheUploadLimit() {
        assertThat(rule.limitFor(request("POST", "/api/v1/rulesets", MULTIPART)))
                .map(BodyLimit::bytes).contains(TWENTY_MEGABYTES);
        assertThat(rule.limitFor(request("POST", "/api/v1/rulesets", "Multipart/Form-Data; boundary=x")))
                .isPresent();
    }

    @Test
    void theUploadLimitHoldsUnderAContextPathToo() {
        MockHttpServletRequest upload = request("POST", "/leadrules/api/v1/rulesets", MULTIPART);
        upload.setContextPath("/leadrules");

        assertThat(rule.limitFor(upload)).isPresent();
    }

    @Test
    void anythingThatOnlyLooksLikeAnUploadIsNotThisRules() {
        List<MockHttpServletRequest> lookalikes = List.of(
                request("POST", "/api/v1/scores", MULTIPART),
                request("POST", "/api/v1/rulesets", "application/json"),
                request("POST", "/api/v1/rulesets", null),
                request("PUT", "/api/v1/rulesets", MULTIPART),
                request("POST", "/api/v1/rulesets/", MULTIPART),
                request("POST", "/api/v1/rulesets/1/files", MULTIPART));
        for (MockHttpServletRequest lookalike : lookalikes) {
            assertThat(rule.limitFor(lookalike)).as(lookalike.getMethod() + " " + lookalike.getRequestURI() + " "
                    + lookalike.getContentType()).isEmpty();
        }
    }

    private static MockHttpServletRequest request(String method, String uri, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContentType(contentType);
        return request;
    }
}
