package io.leadrules.app.trail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a decision record. Non-personal: every column but the snapshots, the input snapshot without
 * its personal members and the result without its prose ({@link PersonalData}), as {@link Canonical} JSON. Personal:
 * HMAC-SHA256 under the lead's salt of the two snapshots exactly as stored, joined by a zero character.
 */
@Component
public class DecisionDigests {

    /** Reads numbers as written, as erasure does: 12000000.00 stays 12000000.00. */
    private final JsonMapper exact;

    DecisionDigests(JsonMapper json) {
        this.exact = json.rebuild().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /** The full digest, with the personal part under the lead's salt. */
    public AuditDigest of(DecisionColumns decision, byte[] salt) {
        return AuditDigest.of(plain(decision), personal(decision, salt));
    }

    /** The canonical non-personal form. */
    public String plain(DecisionColumns decision) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", decision.id());
        form.put("leadId", decision.leadId());
        form.put("sequenceNumber", decision.sequenceNumber());
        form.put("asOf", decision.asOf());
        form.put("decidedAt", decision.decidedAt());
        form.put("rulesetVersion", decision.rulesetVersion());
        form.put("rulesetHash", decision.rulesetHash());
        form.put("score", decision.score());
        form.put("stage", decision.stage());
        form.put("temperature", decision.temperature());
        form.put("input", PersonalData.withoutPersonalInput(read(decision.inputSnapshot())));
        form.put("result", PersonalData.withoutProse(read(decision.result())));
        return Canonical.json(form);
    }

    public static String personal(DecisionColumns decision, byte[] salt) {
        return Hashes.hmac(salt, decision.inputSnapshot() + '\0' + decision.result());
    }

    /** Whether the decision's input snapshot holds no personal value any more. */
    public boolean pseudonymised(DecisionColumns decision) {
        return PersonalData.pseudonymised(read(decision.inputSnapshot()));
    }

    private JsonNode read(String json) {
        return exact.readTree(json);
    }
}
