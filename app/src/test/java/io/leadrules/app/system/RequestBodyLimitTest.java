package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * The filter applies the first limit the features' rules give (a narrow rule before a broad one), refuses an
 * announced body over it before reading, and leaves alone what no rule speaks to. The real rules are tested with
 * their features (UploadBodyLimitTest, ScoringControllerTest).
 */
class RequestBodyLimitTest {

    private static final int MEGABYTE = 1024 * 1024;

    private final RequestBodyRule uploads = request -> request.getRequestURI().endsWith("/uploads")
            ? Optional.of(new BodyLimit(20 * MEGABYTE,
                    ProblemMessage.of("payload-too-large.detail.upload-files"))) : Optional.empty();
    private final RequestBodyRule json = request -> Optional.of(new BodyLimit(MEGABYTE,
            ProblemMessage.of("payload-too-large.detail.json")));
    private final List<Exception> refusals = new ArrayList<>();

    @Test
    void theFirstRuleThatSpeaksToARequestSetsItsLimit() throws Exception {
        RequestBodyLimit filter = filter(uploads, json);

        assertThat(passes(filter, request("/api/v1/uploads", 6 * MEGABYTE))).isTrue();
        assertThat(passes(filter, request("/api/v1/scores", 2 * MEGABYTE))).isFalse();
        assertThat(refusedDetail()).contains("the limit is 1048576 bytes", "Send fewer or shorter activities in one request.");
    }

    @Test
    void aBodyAnnouncedOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        assertThat(passes(filter(uploads, json), request("/api/v1/uploads", 20 * MEGABYTE + 1))).isFalse();

        assertThat(refusedDetail()).contains("20971521 bytes", "the limit is 20971520 bytes", "Upload fewer or smaller rule files");
    }

    @Test
    void aRequestNoRuleSpeaksToIsNotCapped() throws Exception {
        assertThat(passes(filter(uploads), request("/api/v1/scores", 30 * MEGABYTE))).isTrue();
        assertThat(refusals).isEmpty();
    }

    @Test
    void onlyRequestsUnderTheApiAreCapped() throws Exception {
        assertThat(passes(filter(json), request("/problems/not-found", 2 * MEGABYTE))).isTrue();
        assertThat(refusals).isEmpty();
    }

    private RequestBodyLimit filter(RequestBodyRule... rules) {
        return new RequestBodyLimit(List.of(rules), (request, response, handler, ex) -> {
            refusals.add(ex);
            return new ModelAndView();
        });
    }

    private static boolean passes(RequestBodyLimit filter, MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private String refusedDetail() {
        assertThat(refusals).last().isInstanceOf(PayloadTooLargeException.class);
        return ((PayloadTooLargeException) refusals.get(refusals.size() - 1)).getBody().getDetail();
    }

    private static MockHttpServletRequest request(String uri, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setContentType("application/json");
        request.setContent(new byte[length]);
        return request;
    }
}
