package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import io.leadrules.app.system.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which origins may send browser credentials: the service's own, as the browser writes it, and configured ones. */
class ForeignOriginFilterTest {

    private final SecurityProblems problems = mock(SecurityProblems.class);
    private final ForeignOriginFilter filter = new ForeignOriginFilter(List.of("https://crm.example.com/"), problems);

    @Test
    void theServicesOwnOriginMayWithoutItsDefaultPort() throws Exception {
        assertThat(passes(request("https", "leads.example.com", 443, "https://leads.example.com"))).isTrue();
        assertThat(passes(request("http", "localhost", 8080, "http://LOCALHOST:8080"))).isTrue();
    }

    @Test
    void aConfiguredOriginMay() throws Exception {
        assertThat(passes(request("https", "leads.example.com", 443, "https://crm.example.com"))).isTrue();
    }

    @Test
    void anotherSchemePortOrHostIsForeign() throws Exception {
        for (String origin : List.of("http://leads.example.com", "https://leads.example.com:8443",
                "https://leads.example.com.evil.example", "null")) {
            assertThat(passes(request("https", "leads.example.com", 443, origin))).as(origin).isFalse();
        }
        ArgumentCaptor<ProblemException> refused = ArgumentCaptor.forClass(ProblemException.class);
        then(problems).should(atLeastOnce()).answer(any(), any(), refused.capture());
        assertThat(refused.getValue().type()).isEqualTo(SecurityProblem.FOREIGN_ORIGIN);
    }

    @Test
    void withoutBrowserCredentialsAnyOriginPasses() throws Exception {
        MockHttpServletRequest request = request("https", "leads.example.com", 443, "https://evil.example");
        request.removeHeader("Authorization");
        request.addHeader("Authorization", "Bearer lr_key");

        assertThat(passes(request)).isTrue();
        then(problems).should(never()).answer(any(), any(), any());
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/leads");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.addHeader("Origin", origin);
        request.addHeader("Authorization", "Basic YW5hOnNlY3JldA==");
        return request;
    }

    private boolean passes(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }
}
