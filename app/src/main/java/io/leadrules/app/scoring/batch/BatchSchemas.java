package io.leadrules.app.scoring.batch;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The multipart form of POST /api/v1/scores/batch, which its handler reads part by part from the request (so that
 * the parts are spooled, never bound to objects) and springdoc therefore cannot see.
 */
@Component
class BatchSchemas implements OpenApiCustomizer {

    static final String FORM = "#/components/schemas/BatchForm";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas("BatchForm", new ObjectSchema()
                .description("A CSV of leads and, optionally, a CSV of their activities grouped by lead")
                .addProperty("leads", new BinarySchema().description("The CSV of leads (the dataset columns)"))
                .addProperty("activities", new BinarySchema()
                        .description("lead,type,occurredAt[,value][,id][,properties.<name>]"))
                .required(List.of("leads")));
    }
}
