package io.leadrules.app.erasure;

import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.StoredProfile;
import io.leadrules.app.trail.PersonalData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pseudonymises every decision of an erased lead the way the lead itself is erased: in the input snapshot the
 * members that identify the person, the lead's attributes, and every activity detail and properties become null; in the result, any prose that quotes one
 * of those values gets {@code [erased]} instead. Scores, stages, rules fired and versions stay: the audit trail keeps
 * its shape. Each decision is cleaned of its own snapshot's values too, since an older decision may hold an email
 * the lead has changed since. Runs in the erasure's transaction, a page of decisions at a time.
 */
@Component
class DecisionPseudonymisation {

    /** The lead members that identify the person, as named in the input snapshot (the audit digests' list). */
    static final List<String> IDENTITY = PersonalData.IDENTITY;
    private static final int PAGE = 100;

    private final DecisionStore decisions;
    /** Reads numbers as written: 12000000.00 stays 12000000.00, not the double 1.2E7. */
    private final JsonMapper exact;

    DecisionPseudonymisation(DecisionStore decisions, JsonMapper json) {
        this.decisions = decisions;
        this.exact = json.rebuild().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /** Pseudonymises the (locked) lead's decisions; answers how many there were. */
    int pseudonymise(StoredLead lead) {
        List<String> current = identity(lead.profile());
        int count = 0;
        List<StoredDecision> page;
        do {
            page = decisions.findByLeadIdOrderBySequenceNumberDesc(lead.id(), PageRequest.of(count / PAGE, PAGE));
            page.forEach(decision -> decisions.save(pseudonymised(decision, current)));
            count += page.size();
        } while (page.size() == PAGE);
        return count;
    }

    private StoredDecision pseudonymised(StoredDecision decision, List<String> current) {
        ObjectNode input = (ObjectNode) exact.readTree(decision.inputSnapshot());
        List<String> erased = new ArrayList<>(current);
        if (input.get("lead") instanceof ObjectNode person) {
            IDENTITY.forEach(member -> {
                JsonNode value = person.get(member);
                if (value != null && value.isString()) {
                    erased.add(value.asString());
                }
                person.putNull(member);
            });
            erased.addAll(texts(person.get("attributes")));
            person.putNull("attributes");
        }
        input.path("activities").forEach(activity -> {
            erased.addAll(texts(activity.get("properties")));
            ((ObjectNode) activity).putNull("detail").putNull("properties");
        });
        JsonNode result = exact.readTree(decision.result());
        ErasedText.of(erased).redactProse(result);
        return decision.withSnapshots(exact.writeValueAsString(input), exact.writeValueAsString(result));
    }

    /** The text values of an object of attributes or properties: prose may quote them. */
    private static List<String> texts(JsonNode object) {
        List<String> texts = new ArrayList<>();
        if (object != null && object.isObject()) {
            object.values().forEach(value -> {
                if (value.isString()) {
                    texts.add(value.asString());
                }
            });
        }
        return texts;
    }

    private static List<String> identity(StoredProfile profile) {
        return Arrays.asList(profile.externalId(), profile.firstName(), profile.lastName(), profile.email(),
                profile.phone(), profile.company());
    }
}
