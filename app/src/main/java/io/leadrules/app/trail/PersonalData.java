package io.leadrules.app.trail;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What in a decision record is personal, once for erasure (which removes it) and for the digests (which keep it out
 * of the non-personal form): in the input snapshot the lead's identifying members and attributes and every
 * activity's detail and properties; in the result every text member that is not an identifier written by the rule
 * set or the engine (prose may quote a person's values). Erasure pseudonymises exactly these parts, so an erased
 * decision has the same non-personal form as before.
 */
public final class PersonalData {

    /** The lead members that identify the person, as named in an input snapshot. */
    public static final List<String> IDENTITY = List.of("externalId", "firstName", "lastName", "email", "phone",
            "company");
    /** Result members that only ever hold what the rule set or the engine wrote: never a person's data. */
    public static final Set<String> IDENTIFIERS = Set.of("ruleId", "name", "code", "field", "severity", "category",
            "dimension", "file", "sheet", "cell", "rulesetVersion", "asOf", "stage", "temperature", "funnelStage",
            "priority", "grade", "calibrationId");

    private PersonalData() {
    }

    /**
     * The input snapshot without its personal members (removed, so null and absent are the same). Changes the tree it
     * is given, a fresh parse of the stored text: a copy of every decision's snapshots cost the trail measurably.
     */
    public static JsonNode withoutPersonalInput(JsonNode copy) {
        if (copy.get("lead") instanceof ObjectNode lead) {
            IDENTITY.forEach(lead::remove);
            lead.remove("attributes");
        }
        copy.path("activities").forEach(activity -> {
            if (activity instanceof ObjectNode object) {
                object.remove(List.of("detail", "properties"));
            }
        });
        return copy;
    }

    /**
     * The result without its prose: every text member outside {@link #IDENTIFIERS}, at any depth. Changes the tree it
     * is given, as {@link #withoutPersonalInput} does.
     */
    public static JsonNode withoutProse(JsonNode copy) {
        removeProse(copy);
        return copy;
    }

    /** Whether the input snapshot holds no personal value any more (as erasure leaves it). */
    public static boolean pseudonymised(JsonNode input) {
        JsonNode lead = input.path("lead");
        boolean leadClean = IDENTITY.stream().allMatch(member -> lead.path(member).isMissingNode()
                || lead.path(member).isNull()) && (lead.path("attributes").isMissingNode()
                || lead.path("attributes").isNull());
        boolean activitiesClean = true;
        for (JsonNode activity : input.path("activities")) {
            activitiesClean &= activity.path("detail").isNull() || activity.path("detail").isMissingNode();
        }
        return leadClean && activitiesClean;
    }

    private static void removeProse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode member = object.get(name);
                if (IDENTIFIERS.contains(name)) {
                    continue;
                }
                if (member.isString()) {
                    object.remove(name);
                } else {
                    removeProse(member);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(PersonalData::removeProse);
        }
    }
}
