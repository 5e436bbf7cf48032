package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** An endpoint nobody put in the role table is shut to every role; a path with no endpoint stays a plain 404. */
class UnlistedEndpointsTest {

    private static final Authentication ANA = UsernamePasswordAuthenticationToken.authenticated("ana", null,
            AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.SCORER.authority()));
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private UnlistedEndpoints unlisted;

    @RestController
    static class Forgotten {

        @GetMapping("/api/v1/forgotten")
        String forgotten() {
            return "personal data";
        }
    }

    @BeforeEach
    void mappings() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("forgotten", Forgotten.class);
        context.refresh();
        RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
        mappings.setApplicationContext(context);
        mappings.afterPropertiesSet();
        unlisted = new UnlistedEndpoints(() -> mappings);
    }

    @Test
    void anEndpointMissingFromTheTableIsRefusedEvenToAnAdmin() {
        assertThat(granted(ANA, "GET", "/api/v1/forgotten")).isFalse();
    }

    @Test
    void theHeadAndOptionsOfAnEndpointMissingFromTheTableAreRefusedToo() {
        assertThat(granted(ANA, "HEAD", "/api/v1/forgotten")).isFalse();
        assertThat(granted(ANA, "OPTIONS", "/api/v1/forgotten")).isFalse();
    }

    @Test
    void aPathWithoutAnEndpointIsLetThroughToItsNotFoundOnlyWithCredentials() {
        for (String[] request : List.of(new String[] {"GET", "/api/v1/nothing-here"},
                new String[] {"DELETE", "/api/v1/forgotten"})) {
            assertThat(granted(ANA, request[0], request[1])).isTrue();
            assertThat(granted(ANONYMOUS, request[0], request[1])).isFalse();
            assertThat(granted(null, request[0], request[1])).isFalse();
        }
    }

    private boolean granted(Authentication authentication, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return unlisted.authorize(() -> authentication, new RequestAuthorizationContext(request)).isGranted();
    }
}
