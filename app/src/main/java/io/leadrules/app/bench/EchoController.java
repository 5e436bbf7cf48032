package io.leadrules.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/bench/echo}, only in the {@code bench} profile: the yardstick of the HTTP benchmark
 * (app/src/bench/http.sh, docs/performance.md "HTTP"). It reads a scoring request's body into a tree and answers it,
 * so it pays what every JSON request pays (Tomcat, the security chain and its key check, the rate limit, the body
 * limit, Jackson both ways) and nothing of scoring. It lives under {@code /api/} and in EndpointRoles with the
 * scoring roles so that the comparison is fair; without the profile it does not exist (a 404).
 */
@RestController
@Profile("bench")
@Hidden
class EchoController {

    static final String PATH = "/api/v1/bench/echo";

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode echo(@RequestBody JsonNode body) {
        return body;
    }
}
