package io.leadrules.app.scoring;

import io.leadrules.rules.vocabulary.Attributes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A lead's {@link Attributes} as JSON: the object of name to value the client sent. The rules module knows no
 * Jackson, and decisions snapshot the engine's input as JSON: without this the attributes would be written as
 * {@code {"empty": false}} and a replay would evaluate the lead without them. Numbers stay exact decimals both ways.
 */
@Component
class AttributesJsonModule extends SimpleModule {

    AttributesJsonModule() {
        super("leadrules-attributes");
        addSerializer(Attributes.class, new Writer());
        addDeserializer(Attributes.class, new Reader());
    }

    private static final class Writer extends StdSerializer<Attributes> {

        Writer() {
            super(Attributes.class);
        }

        @Override
        public void serialize(Attributes attributes, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> attribute : attributes.asMap().entrySet()) {
                generator.writeName(attribute.getKey());
                Object value = attribute.getValue();
                if (value instanceof BigDecimal number) {
                    generator.writeNumber(number);
                } else if (value instanceof Boolean yes) {
                    generator.writeBoolean(yes);
                } else {
                    generator.writeString(String.valueOf(value));
                }
            }
            generator.writeEndObject();
        }
    }

    private static final class Reader extends StdDeserializer<Attributes> {

        Reader() {
            super(Attributes.class);
        }

        @Override
        public Attributes deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.isExpectedStartObjectToken()) {
                return (Attributes) context.handleUnexpectedToken(Attributes.class, parser);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                values.put(name, JsonScalars.scalar(parser));
            }
            return Attributes.of(values);
        }

        @Override
        public Attributes getNullValue(DeserializationContext context) {
            return Attributes.NONE;
        }
    }
}
