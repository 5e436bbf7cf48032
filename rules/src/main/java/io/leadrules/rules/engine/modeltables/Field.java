package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import io.leadrules.rules.vocabulary.LeadFields;
import java.util.Map;
import java.util.Optional;

/**
 * A field a model table names: a standard member of the lead or a declared attribute, with the type its values have.
 * Its name is checked against those two lists before it goes into a rule, so it is always a plain lowerCamel word.
 */
record Field(String name, AttributeType type, boolean attribute) {

    static Optional<Field> find(String name, Map<String, AttributeDeclaration> attributes) {
        if (LeadFields.isStandard(name)) {
            return Optional.of(new Field(name, LeadFields.NUMBERS.contains(name) ? AttributeType.NUMBER
                    : AttributeType.TEXT, false));
        }
        AttributeDeclaration declared = attributes.get(name);
        return declared == null ? Optional.empty() : Optional.of(new Field(name, declared.type(), true));
    }

    /** How findings and explanations name it: {@code lead.jobTitle}, {@code lead.attributes.timeOnSite}. */
    String path() {
        return attribute ? "lead.attributes." + name : "lead." + name;
    }

    static CompileMessage unknown(String name) {
        return CompileMessage.of("field.unknown", name, String.join(", ", LeadFields.STANDARD));
    }
}
