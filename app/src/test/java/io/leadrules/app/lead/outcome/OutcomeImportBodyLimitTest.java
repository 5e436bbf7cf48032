package io.leadrules.app.lead.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.system.BodyLimit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** Which requests get the import's limit: exactly a CSV or NDJSON POST to the import path; lookalikes do not. */
class OutcomeImportBodyLimitTest {

    private final OutcomeImportBodyLimit rule = new OutcomeImportBodyLimit(new OutcomeSettings(DataSize.ofMegabytes(100),
            null));

    @Test
    void aCsvOrNdjsonImportGetsTheImportLimit() {
        assertThat(rule.limitFor(request("POST", "/api/v1/outcomes/import", "text/csv; charset=utf-8")))
                .map(BodyLimit::bytes).contains(100L * 1024 * 1024);
        assertThat(rule.limitFor(request("POST", "/api/v1/outcomes/import", "application/x-ndjson"))).isPresent();
    }

    @Test
    void lookalikesAreLeftToTheJsonLimit() {
        assertThat(rule.limitFor(request("POST", "/api/v1/outcomes/import", "application/json"))).isEmpty();
        assertThat(rule.limitFor(request("POST", "/api/v1/outcomes/import/", "text/csv"))).isEmpty();
        assertThat(rule.limitFor(request("PUT", "/api/v1/outcomes/import", "text/csv"))).isEmpty();
        assertThat(rule.limitFor(request("POST", "/api/v1/scores", "text/csv"))).isEmpty();
        assertThat(rule.limitFor(request("POST", "/api/v1/outcomes/import", null))).isEmpty();
    }

    private static MockHttpServletRequest request(String method, String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType(contentType);
        return request;
    }
}
