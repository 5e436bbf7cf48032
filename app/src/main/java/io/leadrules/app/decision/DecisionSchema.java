package io.leadrules.app.decision;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The schemas of a decision as the API shows it. A stored decision is served as it was stored (see
 * {@link DecisionDocument}), not re-rendered from today's {@link ScoreResponse}, so its schema is the scoring
 * response's with the members the record adds: typed for clients, while the bytes stay what was decided.
 */
@Component
public class DecisionSchema implements OpenApiCustomizer {

    /** A recorded decision: {@code id}, {@code leadId}, {@code decidedAt}, then the scoring response. */
    public static final String DECISION = "#/components/schemas/Decision";
    /** A lead's score as of a past instant: {@code leadId}, then the scoring response. */
    public static final String SCORE_AS_OF = "#/components/schemas/ScoreAsOf";

    /** A page of a lead's decisions, newest first. */
    public static final String DECISION_PAGE = "#/components/schemas/DecisionPage";

    private static final String SCORE_RESPONSE = "#/components/schemas/ScoreResponse";

    @Override
    public void customise(OpenAPI api) {
        // Where a rule is written: a table's sheet and cell, or a DRL line; the other members are null, not absent.
        nullableMembers(api.getComponents().getSchemas().get("RuleSource"));
        api.getComponents().addSchemas("Decision", new Schema<>()
                .description("A recorded decision: the scoring response as it was stored, with its id, lead and time")
                .allOf(List.of(new Schema<>().$ref(SCORE_RESPONSE), new ObjectSchema()
                        .addProperty("id", new UUIDSchema().description("The decision's id"))
                        .addProperty("leadId", new UUIDSchema().description("The lead it was made for"))
                        .addProperty("decidedAt", new StringSchema().format("date-time"))
                        .required(List.of("id", "leadId", "decidedAt")))));
        api.getComponents().addSchemas("DecisionPage", new ObjectSchema()
                .description("One page of a lead's decisions, newest first")
                .addProperty("items", new ArraySchema().items(new Schema<>().$ref(DECISION)))
                .addProperty("page", new IntegerSchema()).addProperty("size", new IntegerSchema())
                .addProperty("total", new IntegerSchema().format("int64"))
                .required(List.of("items", "page", "size", "total")));
        api.getComponents().addSchemas("ScoreAsOf", new Schema<>()
                .description("The lead's score as the rules live at asOf gave it, from what was known at asOf")
                .allOf(List.of(new Schema<>().$ref(SCORE_RESPONSE), new ObjectSchema()
                        .addProperty("leadId", new UUIDSchema()).required(List.of("leadId")))));
    }

    private static void nullableMembers(Schema<?> schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().stream().filter(member -> member.get$ref() == null).forEach(member -> {
            Set<String> types = new LinkedHashSet<>(member.getTypes() == null ? Set.of(member.getType())
                    : member.getTypes());
            types.add("null");
            member.setTypes(types);
        });
    }
}
