package io.leadrules.app.system.openapi;

import io.leadrules.app.system.ProblemType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import java.util.List;

/**
 * The schema of every problem document: the RFC 9457 members, with {@code type} limited to the types the service
 * really answers with (gathered from the features' catalogs), and the extension members several problems carry.
 * A problem may carry further members naming what it is about (a job id, a version, a limit): clients must ignore
 * members they do not know, so none is closed off here.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";

    private ProblemSchema() {
    }

    static Schema<?> problem(List<ProblemType> types) {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Switch on 'type'; 'detail' says what to change.")
                .addProperty("type", typeProperty(types))
                .addProperty("title", new StringSchema().description("The type's title: the same for every problem "
                        + "of a type"))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What happened to this request, and what to "
                        + "change"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_PROBLEM))
                        .description("Every member of the request that needs changing (400 and 422 problems)"))
                .addProperty("leadId", new UUIDSchema().description("The lead the problem is about"))
                .addProperty("rulesetVersion", new StringSchema().description("The rule version the problem is "
                        + "about"))
                .addProperty("retryAfterSeconds", new IntegerSchema().description("With 429 and 503: when to try "
                        + "again, as in the Retry-After header"))
                .required(List.of("type", "title", "status"));
    }

    static Schema<?> fieldProblem() {
        return new ObjectSchema().description("One member of a request that needs changing")
                .addProperty("field", new StringSchema().description("Its path: lead.companySize, activities[3].type"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> typeProperty(List<ProblemType> types) {
        StringSchema type = new StringSchema();
        type.format("uri-reference").description("The kind of problem: a path under /problems/ that the service "
                + "serves as a short page. New kinds may be added: treat an unknown one by its status.");
        types.forEach(known -> type.addEnumItem(known.uri().toString()));
        return type;
    }
}
