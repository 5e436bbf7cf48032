package io.leadrules.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's filter chain, ahead of the API's: a form login with the same users, passwords, failed-login limits
 * and roles as HTTP Basic ({@link Credentials}), a session cookie (HttpOnly, SameSite=Lax), CSRF tokens on every form,
 * and a content security policy that loads only the service's own scripts and styles. Pages are authorised by
 * {@link PageRoles}; a path the table does not name is refused. The API keeps its stateless chain: a console session
 * opens no {@code /api} endpoint, and an API key opens no page.
 */
@Configuration
class ConsoleSecurity {

    /** The pages load the service's own stylesheet and scripts (webjars included) and nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String[] PATHS = {"/", "/login", "/logout", "/console", "/console/**", "/assets/**", "/webjars/**",
        "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, Credentials credentials, UserStore users) throws Exception {
        http.securityMatcher(PATHS)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .authenticationProvider(new PasswordLogin(credentials))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, login) -> signedIn(request, response, users, login))
                        .failureHandler(ConsoleSecurity::loginFailed).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .headers(ConsoleSecurity::headers)
                .exceptionHandling(refusals -> refusals.accessDeniedPage("/console/denied"))
                .addFilterBefore(new ConsoleSessionCheck(users), AuthorizationFilter.class)
                .authorizeHttpRequests(ConsoleSecurity::rules);
        return http.build();
    }

    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(PageRoles.OPEN.toArray(String[]::new)).permitAll();
        // Any method: a refused POST (a role that may not, or a missing CSRF token) is forwarded here as a POST; were
        // only GET allowed, the forward would be refused and forwarded again, until the stack overflowed (a 500).
        rules.requestMatchers("/console/denied").authenticated();
        for (PageRoles.Page page : PageRoles.TABLE) {
            String[] roles = page.roles().stream().map(Role::name).toArray(String[]::new);
            rules.requestMatchers(page.method(), page.path()).hasAnyRole(roles);
            if (page.method() == HttpMethod.GET) {
                rules.requestMatchers(HttpMethod.HEAD, page.path()).hasAnyRole(roles);
            }
        }
        rules.anyRequest().denyAll();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    /** To the start page, the session remembering which state of the user it was opened for. */
    private static void signedIn(HttpServletRequest request, HttpServletResponse response, UserStore users,
                                 Authentication login) throws IOException {
        ConsoleSessionCheck.remember(request, users, login.getName());
        response.sendRedirect(request.getContextPath() + "/console");
    }

    /** Back to the login page, saying why: a wrong name or password, or too many of them lately. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException failure) throws IOException {
        String reason = failure instanceof TooManyFailedLogins tooMany ? "locked=" + tooMany.retryAfterSeconds()
                : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    /** The form's name and password checked exactly as HTTP Basic checks them, failed-login limits included. */
    private record PasswordLogin(Credentials credentials) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication login) {
            String address = login.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : "";
            String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
            return credentials.byPassword(login.getName(), password, address)
                    .orElseThrow(() -> new BadCredentialsException("Wrong name or password"));
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }
}
