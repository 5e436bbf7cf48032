package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.upload.RuleSetUploadSettings;
import io.leadrules.app.scoring.ScoringSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Which body limit a request gets: 20 MB for a multipart POST /api/v1/rulesets, 1 MiB for everything else. */
class RequestBodyLimitTest {

    private static final String MULTIPART = "multipart/form-data; boundary=----LeadRules";
    private static final int MEGABYTE = 1024 * 1024;

    private final List<Exception> refusals = new ArrayList<>();
    private final RequestBodyLimit filter = new RequestBodyLimit(ScoringSettings.defaults(),
            RuleSetUploadSettings.defaults(), (request, response, handler, ex) -> {
                refusals.add(ex);
                return new ModelAndView();
            });

    @Test
    void aSixMegabyteRuleSetUploadIsNotHeldToTheJsonLimit() throws Exception {
        assertThat(passes(request("POST", "/api/v1/rulesets", MULTIPART, 6 * MEGABYTE))).isTrue();
        assertThat(passes(request("POST", "/api/v1/rulesets", "Multipart/Form-Data; boundary=x", 20 * MEGABYTE)))
                .isTrue();
        assertThat(refusals).isEmpty();
    }

    @Test
    void theUploadLimitHoldsUnderAContextPathToo() throws Exception {
        MockHttpServletRequest upload = request("POST", "/leadrules/api/v1/rulesets", MULTIPART, 6 * MEGABYTE);
        upload.setContextPath("/leadrules");

        assertThat(passes(upload)).isTrue();
    }

    @Test
    void anUploadOverTwentyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        assertThat(passes(request("POST", "/api/v1/rulesets", MULTIPART, 20 * MEGABYTE + 1))).isFalse();

        assertThat(refusedDetail()).contains("20971521 bytes", "the limit is 20971520 bytes", "rule files");
    }

    @Test
    void anythingThatOnlyLooksLikeAnUploadGetsTheJsonLimit() throws Exception {
        List<MockHttpServletRequest> lookalikes = List.of(
                request("POST", "/api/v1/scores", MULTIPART, 2 * MEGABYTE),
                request("POST", "/api/v1/rulesets", "application/json", 2 * MEGABYTE),
                request("POST", "/api/v1/rulesets", null, 2 * MEGABYTE),
                request("PUT", "/api/v1/rulesets", MULTIPART, 2 * MEGABYTE),
                request("POST", "/api/v1/rulesets/", MULTIPART, 2 * MEGABYTE),
                request("POST", "/api/v1/rulesets/1/files", MULTIPART, 2 * MEGABYTE));
        for (MockHttpServletRequest lookalike : lookalikes) {
            assertThat(passes(lookalike)).as(lookalike.getMethod() + " " + lookalike.getRequestURI() + " "
                    + lookalike.getContentType()).isFalse();
        }
        assertThat(refusedDetail()).contains("the limit is 1048576 bytes", "activities");
    }

    private boolean passes(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private String refusedDetail() {
        assertThat(refusals).last().isInstanceOf(PayloadTooLargeException.class);
        return ((PayloadTooLargeException) refusals.get(refusals.size() - 1)).getBody().getDetail();
    }

    private static MockHttpServletRequest request(String method, String uri, String contentType, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContentType(contentType);
        request.setContent(new byte[length]);
        return request;
    }
}
