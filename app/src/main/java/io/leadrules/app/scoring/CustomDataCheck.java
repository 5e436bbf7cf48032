package io.leadrules.app.scoring;

import io.leadrules.app.scoring.JsonScalars.NotScalar;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.vocabulary.LeadFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks what a client adds beyond the standard members: a lead's attributes (names, how many, value types and
 * sizes, and the type a rule version declares) and an activity's properties. Problems name the member as the client
 * wrote it ({@code lead.attributes.timeOnSite}, {@code activities[2].properties.page}). An attribute no version
 * declares passes: it is stored and the engine reports it. Pure: the caller passes the declarations of the version
 * active when the request arrived.
 */
@Component
public class CustomDataCheck {

    static final String NAME_RULE = "is not a valid name: use lowerCamel, a small letter then letters and digits, at "
            + "most 64 characters, for example timeOnSite";
    static final String RESERVED = "is the name of a standard lead member or a reserved name: choose another name";
    private static final int SHOWN_NAME = 64;

    private final CustomDataSettings settings;

    public CustomDataCheck(CustomDataSettings settings) {
        this.settings = settings;
    }

    /** Throws the 400 {@code invalid-lead} naming every problem of the lead's attributes and the activities' properties. */
    public void require(String leadPath, Map<String, Object> attributes, List<ActivityData> activities,
                        List<AttributeDeclaration> declared) {
        List<FieldProblem> problems = new ArrayList<>(attributes(leadPath, attributes));
        problems.addAll(declared(leadPath, attributes, declared));
        problems.addAll(activities(activities));
        if (!problems.isEmpty()) {
            throw InvalidLead.of(problems);
        }
    }

    /** Names, count, and value types and sizes of the attributes; {@code path} is the lead's ("lead", or "" for a patch). */
    public List<FieldProblem> attributes(String path, Map<String, Object> attributes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (attributes == null) {
            return problems;
        }
        count(path, (int) attributes.values().stream().filter(Objects::nonNull).count()).ifPresent(problems::add);
        attributes.forEach((name, value) -> {
            String field = member(path, "attributes", name);
            if (!AttributeDeclaration.NAME.matcher(name).matches()) {
                problems.add(new FieldProblem(field, NAME_RULE));
            } else if (LeadFields.isReserved(name)) {
                problems.add(new FieldProblem(field, RESERVED));
            }
            valueProblem(value).ifPresent(message -> problems.add(new FieldProblem(field, message)));
        });
        return problems;
    }

    /** A lead holding this many attributes (after a merge, say) is refused past the limit. */
    public Optional<FieldProblem> count(String path, int count) {
        int limit = settings.maxAttributes();
        return count <= limit ? Optional.empty() : Optional.of(new FieldProblem(member(path, "attributes", null),
                "must hold at most " + limit + " attributes, not " + count));
    }

    /** The attributes a version declares whose value is of another type, in the declaration's words. */
    public List<FieldProblem> declared(String path, Map<String, Object> attributes,
                                       List<AttributeDeclaration> declarations) {
        List<FieldProblem> problems = new ArrayList<>();
        if (attributes == null || declarations == null) {
            return problems;
        }
        for (AttributeDeclaration declaration : declarations) {
            Object value = attributes.get(declaration.name());
            if (value != null && valueProblem(value).isEmpty()) {
                declaration.problem(value).ifPresent(message -> problems.add(
                        new FieldProblem(member(path, "attributes", declaration.name()), message)));
            }
        }
        return problems;
    }

    /** Each activity's value, and how many properties it carries, their names and their values. */
    public List<FieldProblem> activities(List<ActivityData> activities) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; activities != null && i < activities.size(); i++) {
            ActivityData activity = activities.get(i);
            String path = "activities[" + i + "]";
            if (activity != null && activity.value() != null && !Limits.inRange(activity.value())) {
                problems.add(new FieldProblem(path + ".value", Limits.NUMBER_RANGE));
            }
            if (activity != null && activity.properties() != null) {
                properties(path, activity.properties(), problems);
            }
        }
        return problems;
    }

    private void properties(String path, Map<String, String> properties, List<FieldProblem> problems) {
        if (properties.size() > settings.maxProperties()) {
            problems.add(new FieldProblem(path + ".properties", "must hold at most " + settings.maxProperties()
                    + " properties, not " + properties.size()));
        }
        properties.forEach((name, value) -> {
            String field = member(path, "properties", name);
            if (!AttributeDeclaration.NAME.matcher(name).matches()) {
                problems.add(new FieldProblem(field, NAME_RULE));
            }
            if (value == null) {
                problems.add(new FieldProblem(field, "must be a text; leave the property out when it has no value"));
            } else if (value.length() > settings.maxPropertyLength()) {
                problems.add(new FieldProblem(field, tooLong(settings.maxPropertyLength())));
            }
        });
    }

    private Optional<String> valueProblem(Object value) {
        if (value instanceof NotScalar marker) {
            return Optional.of("must be a text, a number, true or false, or null; not " + marker.words);
        }
        if (value instanceof String text && text.length() > settings.maxAttributeLength()) {
            return Optional.of(tooLong(settings.maxAttributeLength()));
        }
        if (value instanceof BigDecimal number && !Limits.inRange(number)) {
            return Optional.of(Limits.NUMBER_RANGE);
        }
        return Optional.empty();
    }

    private static String tooLong(int limit) {
        return "must be at most " + limit + " characters long";
    }

    /** {@code lead.attributes.name}; a name too long to be one is cut short, so the problem stays readable. */
    private static String member(String path, String map, String name) {
        String prefix = path == null || path.isEmpty() ? map : path + "." + map;
        if (name == null) {
            return prefix;
        }
        return prefix + "." + (name.length() > SHOWN_NAME ? name.substring(0, SHOWN_NAME) + "..." : name);
    }
}
