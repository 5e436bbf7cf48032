package io.leadrules.app.scoring;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example of POST /api/v1/scores in the OpenAPI document: the lead and the service's real answer to it
 * (OpenApiDocumentTest sends the request and compares), kept as files so that they stay readable JSON.
 */
@Component
class ScoringExamples implements OpenApiCustomizer {

    static final String REQUEST = "/openapi/score-request.json";
    static final String RESPONSE = "/openapi/score-response.json";

    private final JsonMapper json;

    ScoringExamples(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customise(OpenAPI api) {
        Operation score = api.getPaths().get("/api/v1/scores").getPost();
        score.getRequestBody().getContent().get("application/json").addExamples("marketingDirector",
                example("A marketing director who asked for a demo", REQUEST));
        score.getResponses().get("200").getContent().get("application/json").addExamples("marketingDirector",
                example("Her score, 63: WARM, SQL", RESPONSE));
    }

    private Example example(String summary, String resource) {
        try (InputStream in = ScoringExamples.class.getResourceAsStream(resource)) {
            return new Example().summary(summary).value(json.readValue(in, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
