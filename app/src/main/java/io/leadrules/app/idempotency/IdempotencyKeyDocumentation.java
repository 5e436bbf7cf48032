package io.leadrules.app.idempotency;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the optional {@code Idempotency-Key} header on every {@code POST} under {@code /api/} of the OpenAPI
 * document, as {@link IdempotencyFilter} takes it, so that generated clients can send it; no controller has to
 * declare it.
 */
@Component
class IdempotencyKeyDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post != null && path.startsWith("/api/") && !hasKey(post)) {
                post.addParametersItem(header(path.equals(IdempotencyFilter.STREAM)));
            }
        });
    }

    private static boolean hasKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName()));
    }

    private static HeaderParameter header(boolean stream) {
        HeaderParameter header = new HeaderParameter();
        header.setName(IdempotencyKey.HEADER);
        header.setRequired(false);
        header.setSchema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)
                .pattern("^[\\x20-\\x7E]+$"));
        header.setDescription((stream ? "Only with store=true (a lead import); the scoring stream ignores it. " : "")
                + "The same key and request from the same credential within 24 h answer the first answer again "
                + "(Idempotent-Replayed: true); another request under the key is a 422, one still running a 409. "
                + "See docs/api.md, Idempotency-Key.");
        return header;
    }
}
