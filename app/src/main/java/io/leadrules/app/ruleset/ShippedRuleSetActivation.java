package io.leadrules.app.ruleset;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the rule set that ships with LeadRules once, at startup, off the request path, and makes it active.
 * A compile error stops the service from starting: it never answers with a half-built rule set.
 */
@Configuration(proxyBeanMethods = false)
class ShippedRuleSetActivation {

    /** The shipped rule set is rule version 1; stored versions (a later issue) count on from there. */
    static final String SHIPPED_VERSION = DefaultRuleSet.VERSION;

    private static final Logger log = LoggerFactory.getLogger(ShippedRuleSetActivation.class);

    @Bean(destroyMethod = "close")
    ActiveRuleSet activeRuleSet() {
        long started = System.nanoTime();
        CompiledRuleSet compiled = new RuleSetCompiler().compile(SHIPPED_VERSION, DefaultRuleSet.files());
        log.info("Rule set version {} active: {} rules from {} files, compiled in {} ms (content hash {})",
                compiled.version(), compiled.catalog().rules().size(), compiled.files().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), compiled.contentHash());
        return new ActiveRuleSet(compiled);
    }
}
