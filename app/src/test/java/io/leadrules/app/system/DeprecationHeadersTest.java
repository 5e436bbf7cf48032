package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@link DeprecatedEndpoint}: the headers of RFC 9745 and RFC 8594, on a controller that exists only here. */
class DeprecationHeadersTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints(), new DeprecatedController())
            .addInterceptors(new DeprecationHeaders()).build();

    @Test
    void aDeprecatedEndpointSaysSinceWhenUntilWhenAndWhereToReadAboutIt() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/old")).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Deprecation")).isEqualTo("@1768435200");
        assertThat(answer.getHeader("Sunset")).isEqualTo("Tue, 15 Jun 2027 00:00:00 GMT");
        assertThat(answer.getHeader("Link")).isEqualTo("</docs/api.md#v2-leads>; rel=\"deprecation\"");
    }

    @Test
    void withoutASunsetDateOnlyDeprecationAndLinkAreSent() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/undated")).andReturn().getResponse();

        assertThat(answer.getHeader("Deprecation")).isEqualTo("@1768435200");
        assertThat(answer.getHeader("Sunset")).isNull();
        assertThat(answer.getHeader("Link")).isEqualTo("</docs/api.md#deprecation-and-sunset>; rel=\"deprecation\"");
    }

    @Test
    void aControllerMarkedAsAWholeMarksEachOfItsEndpoints() throws Exception {
        assertThat(mvc.perform(get("/whole")).andReturn().getResponse().getHeader("Deprecation"))
                .isEqualTo("@1768435200");
    }

    @Test
    void anEndpointNotMarkedSendsNoneOfTheHeaders() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/current")).andReturn().getResponse();

        assertThat(answer.getHeaderNames()).doesNotContain("Deprecation", "Sunset", "Link");
    }

    @RestController
    static class Endpoints {

        @DeprecatedEndpoint(since = "2026-01-15", sunset = "2027-06-15T00:00:00Z", link = "/docs/api.md#v2-leads")
        @GetMapping("/old")
        String old() {
            return "old";
        }

        @DeprecatedEndpoint(since = "2026-01-15")
        @GetMapping("/undated")
        String undated() {
            return "undated";
        }

        @GetMapping("/current")
        String current() {
            return "current";
        }
    }

    @RestController
    @DeprecatedEndpoint(since = "2026-01-15T00:00:00Z")
    static class DeprecatedController {

        @GetMapping("/whole")
        String whole() {
            return "whole";
        }
    }
}
