package io.leadrules.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.CorsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security filter chain, in request order: CORS (only when origins are configured), {@link ForeignOriginFilter}
 * (CSRF), {@link KeyOrPasswordFilter} (who is asking), then the authorisation rules of {@link EndpointRoles} (and
 * {@link UnlistedEndpoints} for what the table forgot). A filter
 * that needs the authenticated caller (per-key rate limits) goes right after authentication:
 * {@code http.addFilterAfter(filter, KeyOrPasswordFilter.class)}. Stateless: no session, no cookie, so no CSRF token.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** The API answers JSON only: nothing to load, nothing to frame. Swagger UI, a page of scripts, is left out. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * No observation (a Micrometer timer and long-task timer) around each of the chain's fifteen filters, nor per
     * authentication and authorisation: with them the chain cost a fifth of an echo request's processor time
     * (docs/performance.md, "HTTP"). The request itself is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** After the console's chain ({@link ConsoleSecurity}), which takes only the pages' paths. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, Credentials credentials, SecurityProblems problems,
                            SecuritySettings settings,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        List<String> origins = settings.cors().allowedOrigins();
        Duration maxAge = settings.cors().maxAge();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(origins.isEmpty() ? AbstractHttpConfigurer::disable : cors(origins, maxAge))
                .headers(SecurityConfiguration::headers)
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ForeignOriginFilter(origins, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new KeyOrPasswordFilter(credentials, problems), ForeignOriginFilter.class)
                .authorizeHttpRequests(rules -> rules(rules, new UnlistedEndpoints(mappings::getObject)));
        return http.build();
    }

    /** A HEAD runs the GET handler (the body is dropped), so it needs the GET's roles. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            UnlistedEndpoints unlisted) {
        rules.requestMatchers(EndpointRoles.OPEN.toArray(String[]::new)).permitAll();
        for (EndpointRoles.Endpoint endpoint : EndpointRoles.TABLE) {
            String[] roles = endpoint.roles().stream().map(Role::name).toArray(String[]::new);
            rules.requestMatchers(endpoint.method(), endpoint.path()).hasAnyRole(roles);
            if (endpoint.method() == HttpMethod.GET) {
                rules.requestMatchers(HttpMethod.HEAD, endpoint.path()).hasAnyRole(roles);
            }
        }
        rules.requestMatchers("/api/**").access(unlisted);
        rules.anyRequest().authenticated();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher("/swagger-ui.html"),
                                paths.matcher("/swagger-ui/**"))),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
    }

    /**
     * What a page of an allowed origin may send and read: the API's own request headers (credentials, the
     * {@code Idempotency-Key}) and the answer headers a client acts on (paging links, deprecation, a replay).
     */
    private static Customizer<CorsConfigurer<HttpSecurity>> cors(List<String> origins, Duration maxAge) {
        CorsConfiguration allowed = new CorsConfiguration();
        allowed.setAllowedOrigins(origins);
        allowed.setAllowedMethods(List.of("GET", "POST", "PATCH", "DELETE"));
        allowed.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, KeyOrPasswordFilter.API_KEY_HEADER,
                HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, "Idempotency-Key"));
        allowed.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG,
                HttpHeaders.LINK, "Deprecation", "Sunset", "Idempotent-Replayed"));
        allowed.setMaxAge(maxAge);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", allowed);
        return cors -> cors.configurationSource(source);
    }
}
