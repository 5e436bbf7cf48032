package io.leadrules.app.system.openapi;

import io.leadrules.app.system.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every operation shares, added once: the problem schema and the problem responses in the components, the
 * problems any request can meet (a bad request, no or the wrong credentials, a body too large, too many requests, a
 * failure of the service) on every operation, and a top-level entry for every tag the features use.
 */
@Component
class ContractShape implements OpenApiCustomizer {

    /** Any request can meet these, whatever the operation (406: an Accept the operation cannot answer). */
    private static final List<Integer> ANY_REQUEST = List.of(400, 401, 403, 406, 413, 429, 500);

    static {
        // A Jackson tree in a response is any JSON value, not an object with Jackson's own properties.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"))
                .replaceWithSchema(ObjectNode.class, new Schema<>().type("object").description("A JSON object"));
    }

    private final ProblemTypes types;

    ContractShape(ProblemTypes types) {
        this.types = types;
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSchemas(ProblemSchema.NAME, ProblemSchema.problem(types.all()));
        components.addSchemas(ProblemSchema.FIELD_PROBLEM, ProblemSchema.fieldProblem());
        new ProblemResponses(types).all().forEach(components::addResponses);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ContractShape::addCommonProblems));
        }
        tagEverything(api);
    }

    private static void addCommonProblems(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        ANY_REQUEST.forEach(status -> responses.putIfAbsent(String.valueOf(status), reference(status)));
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("415", reference(415));
        }
    }

    static ApiResponse reference(int status) {
        return new ApiResponse().$ref("#/components/responses/" + ProblemResponses.NAMES.get(status));
    }

    private static void tagEverything(OpenAPI api) {
        TreeSet<String> used = new TreeSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    used.addAll(operation.getTags() == null ? List.of() : operation.getTags())));
        }
        Map<String, Tag> declared = new java.util.TreeMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> declared.put(tag.getName(), tag));
        }
        used.forEach(name -> declared.putIfAbsent(name, new Tag().name(name).description(name)));
        api.tags(List.copyOf(declared.values()));
    }
}
