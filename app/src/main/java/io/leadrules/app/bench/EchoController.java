package io.leadrules.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code POST /api/v1/bench/echo}, only in the {@code bench} profile: the yardstick of the HTTP benchmark
 * (app/src/bench/http.sh, docs/performance.md "HTTP"). It reads a scoring request's body into a tree and answers it,
 * so it pays what every JSON request pays (Tomcat, the security chain and its key check, the rate limit, the body
 * limit, Jackson both ways) and nothing of scoring. It lives under {@code /api/} and in EndpointRoles with the
 * scoring roles so that the comparison is fair; without the profile it does not exist (a 404).
 * <p>
 * A score answers about ten times the bytes it is sent (the explanation), so {@code ?copies=} answers that many
 * copies of the request in an array: the echo then writes as many bytes as scoring does.
 */
@RestController
@Profile("bench")
@Hidden
class EchoController {

    static final String PATH = "/api/v1/bench/echo";
    private static final int MOST_COPIES = 100;

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode echo(@RequestBody JsonNode body, @RequestParam(name = "copies", defaultValue = "1") int copies) {
        if (copies <= 1) {
            return body;
        }
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Math.min(copies, MOST_COPIES); i++) {
            answer.add(body);
        }
        return answer;
    }
}
