package io.leadrules.app.ruleset;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the stored ACTIVE rule version live at startup, compiled once, off the request path. On the very first start
 * (no version stored yet) the rule set that ships in {@code rules/} is stored as version 1 and activated. A compile
 * error stops the service from starting: it never answers with a half-built rule set.
 */
@Configuration(proxyBeanMethods = false)
class RuleVersionStartup {

    static final String SHIPPED_LABEL = "Shipped default rule set";
    static final String SYSTEM_AUTHOR = "leadrules";

    private static final Logger log = LoggerFactory.getLogger(RuleVersionStartup.class);

    @Bean(destroyMethod = "close")
    ActiveRuleSet activeRuleSet(RuleVersionStore store, RuleVersionReports reports, TransactionTemplate transactions,
                                RuleVersionAudit audit, Clock clock) {
        long started = System.nanoTime();
        CompiledRuleSet compiled = store.active()
                .map(stored -> RuleSetCompiler.forStoredVersions().compile(stored.versionId(), store.files(stored.id())))
                .orElseGet(() -> storeShipped(store, reports, transactions, audit, clock.instant()));
        log.info("Rule version {} active: {} rules from {} files, compiled in {} ms (content hash {})",
                compiled.version(), compiled.catalog().rules().size(), compiled.files().size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), compiled.contentHash());
        return new ActiveRuleSet(new RuleSetHandle(compiled));
    }

    private static CompiledRuleSet storeShipped(RuleVersionStore store, RuleVersionReports reports,
                                                TransactionTemplate transactions, RuleVersionAudit audit,
                                                Instant now) {
        List<RuleFile> files = DefaultRuleSet.files();
        CompiledRuleSet compiled = RuleSetCompiler.forStoredVersions().compile(DefaultRuleSet.VERSION, files);
        TestReport tested = reports.test(compiled, now);
        RuleVersionRecord version = RuleVersionRecord.draft(Long.parseLong(DefaultRuleSet.VERSION), SHIPPED_LABEL,
                SYSTEM_AUTHOR, now, null, compiled, reports.validation(compiled), reports.write(tested),
                reports.developerChanges(List.of()));
        transactions.executeWithoutResult(tx -> {
            store.insert(version, files);
            audit.uploaded(version, files);
            store.activate(version.id(), null, now, SYSTEM_AUTHOR, true);
            audit.activated(version, null, now, true);
        });
        log.info("First start: the shipped rule set is stored as rule version {}; its {} scenarios {}",
                version.id(), tested.scenarios(), tested.passed() ? "pass" : "do NOT all pass");
        return compiled;
    }
}
