package io.leadrules.app.lead;

import io.leadrules.app.scoring.LeadData;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PATCH /api/v1/leads/{id}}: a JSON merge patch over the lead members, read and checked like the lead of a
 * POST, then a new decision, all under the lead's row lock. A patch that fails changes nothing.
 */
@Service
class LeadPatching {

    private static final String PREFIX = "lead.";

    private final TransactionTemplate transactions;
    private final LeadLookup lookup;
    private final LeadStore leads;
    private final LeadDecisions decisions;
    private final LeadRecords records;
    private final JsonBodies bodies;
    private final JsonMapper json;
    private final CustomDataCheck checks;
    private final ActiveRuleSet rules;
    private final LeadAudit audit;
    private final Clock clock;

    LeadPatching(TransactionTemplate transactions, LeadLookup lookup, LeadStore leads, LeadDecisions decisions,
                 LeadRecords records, JsonBodies bodies, JsonMapper json, CustomDataCheck checks, ActiveRuleSet rules,
                 LeadAudit audit, Clock clock) {
        this.audit = audit;
        this.checks = checks;
        this.rules = rules;
        this.transactions = transactions;
        this.lookup = lookup;
        this.leads = leads;
        this.decisions = decisions;
        this.records = records;
        this.bodies = bodies;
        this.json = json;
        this.clock = clock;
    }

    LeadDecisions.Decided patch(UUID id, JsonNode patch) {
        if (!patch.isObject()) {
            throw new ProblemException(SystemProblem.MALFORMED_JSON, "A merge patch is one JSON object with the lead "
                    + "members to change, for example {\"jobTitle\": \"CTO\", "
                    + "\"consent\": {\"dataProcessing\": false}}.");
        }
        try {
            return transactions.execute(tx -> patchOnce(id, patch));
        } catch (DataAccessException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            throw InvalidLead.of("(body)", "sets an externalId or email that another lead took meanwhile");
        }
    }

    private LeadDecisions.Decided patchOnce(UUID id, JsonNode patch) {
        StoredLead lead = lookup.locked(id);
        JsonNode current = json.valueToTree(records.toLeadData(lead));
        LeadData patched = bodies.read(MergePatch.apply(current, patch), LeadData.class);
        bodies.validate(new LeadRequest(patched, null),
                field -> field.startsWith(PREFIX) ? field.substring(PREFIX.length()) : field);
        checkAttributes(patched.attributes(), patch.get("attributes"));
        StoredProfile profile = records.toProfile(patched);
        checkIdentifiersFree(profile, lead);
        StoredLead changed = lead.withProfile(profile, records.toConsent(patched.consent()), clock.instant());
        audit.changed(changed);
        return decisions.decide(changed);
    }

    /**
     * The patched lead's attributes within the limits, and the ones this patch sets of the type the active version
     * declares: a stored value that a later version declares otherwise does not block a patch of something else.
     */
    private void checkAttributes(Map<String, Object> patched, JsonNode sent) {
        List<FieldProblem> problems = new ArrayList<>(checks.attributes("", patched));
        if (patched != null && sent != null && sent.isObject()) {
            Map<String, Object> set = new LinkedHashMap<>();
            sent.propertyNames().forEach(name -> set.put(name, patched.get(name)));
            problems.addAll(checks.declared("", set, rules.apply(CompiledRuleSet::attributes)));
        }
        if (!problems.isEmpty()) {
            throw InvalidLead.of(problems);
        }
    }

    /** A patch cannot give a lead another lead's externalId or email: they identify that other person. */
    private void checkIdentifiersFree(StoredProfile profile, StoredLead lead) {
        List<FieldProblem> taken = new ArrayList<>();
        if (profile.externalId() != null && !profile.externalId().equals(lead.profile().externalId())) {
            other(leads.findByExternalId(profile.externalId()), lead).ifPresent(other -> taken.add(
                    new FieldProblem("externalId", "is the externalId of another lead, " + other.id())));
        }
        String emailKey = StoredLead.keyOf(profile.email());
        if (emailKey != null && !emailKey.equals(lead.emailKey())) {
            other(leads.findByEmailKey(emailKey), lead).ifPresent(other -> taken.add(
                    new FieldProblem("email", "is the email of another lead, " + other.id())));
        }
        if (!taken.isEmpty()) {
            throw InvalidLead.of(taken);
        }
    }

    private static Optional<StoredLead> other(Optional<StoredLead> found, StoredLead lead) {
        return found.filter(other -> !other.id().equals(lead.id()));
    }
}
