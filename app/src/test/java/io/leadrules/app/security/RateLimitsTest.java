package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.leadrules.app.system.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The per-principal buckets: who gets which rate, when a request is refused, and what the refusal says (the buckets in
 * memory here; shared by two instances through the database: {@code cluster.SharedStateTest}).
 */
class RateLimitsTest {

    private final List<Exception> refused = new ArrayList<>();
    private final HandlerExceptionResolver resolver = (request, response, handler, ex) -> {
        refused.add(ex);
        return new ModelAndView();
    };

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPrincipalGetsTheRateOfItsMostGenerousRole() {
        RateLimits limits = limits(new RateLimitSettings(true, Map.of("SCORER", 500, "AUDITOR", 20), 3, 5));

        assertThat(limits.perSecond(principal("k1", "ROLE_AUDITOR", "ROLE_SCORER"))).isEqualTo(500);
        assertThat(limits.perSecond(principal("k2", "ROLE_AUDITOR"))).isEqualTo(20);
        assertThat(limits.perSecond(principal("k3", "ROLE_SALES"))).isEqualTo(3);
    }

    @Test
    void theRequestPastTheBurstIsRefusedWithRetryAfterAndNotServed() throws Exception {
        RateLimits limits = limits(new RateLimitSettings(true, Map.of("AUDITOR", 2), 1, 3));
        signIn(principal("auditor-key", "ROLE_AUDITOR"));

        List<Integer> served = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            MockFilterChain chain = new MockFilterChain();
            limits.doFilter(apiRequest(), new MockHttpServletResponse(), chain);
            served.add(chain.getRequest() == null ? 0 : 1);
        }

        assertThat(served).containsExactly(1, 1, 1, 1, 1, 1, 0);
        ProblemException problem = (ProblemException) refused.get(0);
        assertThat(problem.type()).isEqualTo(SecurityProblem.RATE_LIMITED);
        assertThat(problem.headers()).containsEntry("Retry-After", "1");
        assertThat(problem.getMessage()).contains("2 requests a second", "burst of 6");
    }

    @Test
    void eachKeyHasItsOwnBucket() throws Exception {
        RateLimits limits = limits(new RateLimitSettings(true, Map.of("SCORER", 1), 1, 1));

        signIn(principal("first", "ROLE_SCORER"));
        MockFilterChain first = new MockFilterChain();
        limits.doFilter(apiRequest(), new MockHttpServletResponse(), first);
        signIn(principal("second", "ROLE_SCORER"));
        MockFilterChain second = new MockFilterChain();
        limits.doFilter(apiRequest(), new MockHttpServletResponse(), second);

        assertThat(first.getRequest()).isNotNull();
        assertThat(second.getRequest()).isNotNull();
        assertThat(refused).isEmpty();
    }

    @Test
    void pathsOutsideTheApiAndDisabledLimitsAreNotCounted() {
        MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
        health.setRequestURI("/actuator/health");

        assertThat(limits(new RateLimitSettings(true, Map.of(), 1, 1)).shouldNotFilter(health)).isTrue();
        assertThat(limits(new RateLimitSettings(false, Map.of(), 1, 1)).shouldNotFilter(apiRequest())).isTrue();
    }

    private RateLimits limits(RateLimitSettings settings) {
        Map<String, Bucket> local = new HashMap<>();
        RateBuckets inMemory = (key, configuration) -> local.computeIfAbsent(key, ignored -> {
            var builder = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                builder.addLimit(limit);
            }
            return builder.build();
        });
        return new RateLimits(settings, new StaticListableBeanFactory(Map.of("buckets", inMemory))
                .getBeanProvider(RateBuckets.class), resolver);
    }

    private static MockHttpServletRequest apiRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/leads");
        request.setRequestURI("/api/v1/leads");
        return request;
    }

    private static TestingAuthenticationToken principal(String name, String... roles) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(name, null, roles);
        token.setAuthenticated(true);
        return token;
    }

    private static void signIn(TestingAuthenticationToken principal) {
        SecurityContextHolder.getContext().setAuthentication(principal);
    }
}
