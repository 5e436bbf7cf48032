package io.leadrules.app.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON types are not guessed at. Text members take JSON strings only ({@code "firstName": 42} is a wrong type, as
 * {@code "companySize": "42"} is; see {@code allow-coercion-of-scalars} in application.yml), and instants take
 * ISO-8601 strings with an offset only: a bare number could be seconds or milliseconds, a time without offset could
 * be any zone. A module rather than a mapper customizer so that web slice tests read JSON as the service does.
 */
@Component
public class StrictJsonModule extends SimpleModule {

    /** Public for the {@code score} command, which reads JSON as the service does without Spring. */
    public StrictJsonModule() {
        super("leadrules-strict-json");
        addDeserializer(String.class, new TextOnly());
        addDeserializer(Instant.class, new IsoInstantOnly());
    }

    private static final class TextOnly extends StdScalarDeserializer<String> {

        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return parser.getString();
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }

    private static final class IsoInstantOnly extends StdScalarDeserializer<Instant> {

        IsoInstantOnly() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString().trim();
            Instant utc = IsoInstants.utcSeconds(text);
            if (utc != null) {
                return utc;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "not an ISO-8601 instant with an offset");
            }
        }
    }
}
