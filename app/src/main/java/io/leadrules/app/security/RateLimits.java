package io.leadrules.app.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.leadrules.app.system.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Per-principal rate limits on {@code /api/}: a token bucket (Bucket4j) per API key or signed-in person, filled at the
 * rate of the principal's most generous role. A request over the limit is a 429 {@code /problems/rate-limited} with
 * {@code Retry-After} and is not served. As a servlet filter it runs after Spring Security's chain has authenticated
 * the request (an unauthenticated request never gets here, and never gets a bucket). The buckets are shared by every
 * instance ({@link SharedBuckets}): a principal's requests count against one limit whichever instance serves them.
 */
@Component
class RateLimits extends OncePerRequestFilter {

    private final RateLimitSettings settings;
    private final HandlerExceptionResolver problems;
    /** Looked up at the first limited request: controller slices ({@code @WebMvcTest}) take this filter, not the store. */
    private final ObjectProvider<RateBuckets> buckets;

    RateLimits(RateLimitSettings settings, ObjectProvider<RateBuckets> buckets,
               @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.settings = settings;
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication principal = SecurityContextHolder.getContext().getAuthentication();
        if (principal == null || !principal.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        int perSecond = perSecond(principal);
        ConsumptionProbe probe = bucket(principal, perSecond).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        problems.resolveException(request, response, null, tooMany(perSecond, probe.getNanosToWaitForRefill()));
    }

    /** The rate of the principal's most generous role, or the default when it holds none of the configured ones. */
    int perSecond(Authentication principal) {
        return principal.getAuthorities().stream()
                .map(authority -> settings.perSecond().get(authority.getAuthority().replaceFirst("^ROLE_", "")))
                .filter(rate -> rate != null).mapToInt(Integer::intValue).max().orElse(settings.defaultPerSecond());
    }

    private Bucket bucket(Authentication principal, int perSecond) {
        return buckets.getObject().bucket(RateLimitKey.of(principal) + "@" + perSecond, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity((long) perSecond * settings.burstSeconds())
                        .refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build());
    }

    private ProblemException tooMany(int perSecond, long nanosToWait) {
        long seconds = Math.max(1, Duration.ofNanos(nanosToWait).toSeconds() + 1);
        return new ProblemException(SecurityProblem.RATE_LIMITED, "This key made more than its " + perSecond
                + " requests a second (with a burst of " + (long) perSecond * settings.burstSeconds()
                + "); try again in " + seconds + " s, or ask an admin for a key with a more generous role.")
                .with("limitPerSecond", perSecond).with("retryAfterSeconds", seconds)
                .withHeader("Retry-After", Long.toString(seconds));
    }
}
