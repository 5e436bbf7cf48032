package io.leadrules.app.lead;

import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies an endpoint reshapes before it reads them (a merge patch, one activity or many) are read exactly as
 * {@code @Valid @RequestBody} reads the others: the service's strict JSON mapper, its problems for unreadable JSON
 * (a failure is handed to the advice as the {@link HttpMessageNotReadableException} Spring would raise), and Bean
 * Validation with every violation in one {@code /problems/invalid-lead}.
 */
@Component
class JsonBodies {

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;

    JsonBodies(JsonMapper json, jakarta.validation.Validator validator) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The body as a tree; decimals stay exact. */
    JsonNode tree(byte[] body) {
        try {
            JsonNode tree = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new ProblemException(SystemProblem.MALFORMED_JSON, "The request body is empty; send one JSON "
                        + "value with Content-Type: application/json.");
            }
            return tree;
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    <T> T read(JsonNode tree, Class<T> type) {
        try {
            return json.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /** Checks the constraints of the value; {@code field} turns a path into the name the client knows. */
    void validate(Object value, UnaryOperator<String> field) {
        BindingResult result = new BeanPropertyBindingResult(value, "body");
        validator.validate(value, result);
        if (result.hasFieldErrors()) {
            throw InvalidLead.of(result.getFieldErrors().stream()
                    .map(error -> new FieldProblem(field.apply(error.getField()), error.getDefaultMessage()))
                    .toList());
        }
    }

    void validate(Object value) {
        validate(value, UnaryOperator.identity());
    }

    private static HttpMessageNotReadableException unreadable(JacksonException e) {
        return new HttpMessageNotReadableException("JSON body not readable", e, NO_MESSAGE);
    }

    private static final HttpInputMessage NO_MESSAGE = new HttpInputMessage() {
        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public HttpHeaders getHeaders() {
            return HttpHeaders.EMPTY;
        }
    };
}
