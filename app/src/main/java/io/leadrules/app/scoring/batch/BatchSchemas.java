package io.leadrules.app.scoring.batch;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The multipart form of POST /api/v1/scores/batch, which its handler reads part by part from the request (so that
 * the parts are spooled, never bound to objects) and springdoc therefore cannot see. Inline, not a component:
 * openapi-generator's Java client turns a form's properties into parameters and never generates a referenced form.
 */
@Component
class BatchSchemas implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        MediaType form = api.getPaths().get(BatchBodyLimit.PATH).getPost().getRequestBody().getContent()
                .get(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
        form.schema(new ObjectSchema()
                .description("A CSV of leads and, optionally, a CSV of their activities grouped by lead")
                .addProperty("leads", new BinarySchema().description("The CSV of leads (the dataset columns)"))
                .addProperty("activities", new BinarySchema()
                        .description("lead,type,occurredAt[,value][,id][,properties.<name>]"))
                .required(List.of("leads")));
    }
}
