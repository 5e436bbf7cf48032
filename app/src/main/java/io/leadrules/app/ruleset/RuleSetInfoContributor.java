package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The {@code ruleSet} member of {@code /actuator/info}: which rule version scores now, its content hash (the same
 * as in every decision it makes) and when it was last activated. Not by whom: any credential reads info, and a
 * person's name is for the roles that read rule versions. Beside it, {@code build} has the service's own version.
 */
@Component
class RuleSetInfoContributor implements InfoContributor {

    private final ActiveRuleSet active;
    private final RuleVersionStore store;

    RuleSetInfoContributor(ActiveRuleSet active, RuleVersionStore store) {
        this.active = active;
        this.store = store;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("ruleSet", active.apply(this::describe));
    }

    private Map<String, Object> describe(CompiledRuleSet rules) {
        Map<String, Object> ruleSet = new LinkedHashMap<>();
        ruleSet.put("version", rules.version());
        ruleSet.put("contentHash", rules.contentHash());
        List<RuleVersionStore.Activation> activations = store.activations(Long.parseLong(rules.version()));
        if (!activations.isEmpty()) {
            RuleVersionStore.Activation last = activations.get(activations.size() - 1);
            ruleSet.put("activatedAt", last.activatedAt().toString());
        }
        return ruleSet;
    }
}
