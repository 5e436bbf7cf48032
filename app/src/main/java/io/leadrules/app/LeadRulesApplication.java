package io.leadrules.app;

import io.leadrules.app.backtest.BacktestSettings;
import io.leadrules.app.decision.EvaluationSettings;
import io.leadrules.app.rescoring.RescoringSettings;
import io.leadrules.app.ruleset.ActivationSettings;
import io.leadrules.app.ruleset.RuleApprovalSettings;
import io.leadrules.app.ruleset.RuleVersionSettings;
import io.leadrules.app.ruleset.upload.RuleSetUploadSettings;
import io.leadrules.app.sandbox.SandboxSettings;
import io.leadrules.app.scoring.CustomDataSettings;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.app.scoring.batch.BatchSettings;
import io.leadrules.app.scoring.batch.ScoreCommand;
import io.leadrules.app.security.RateLimitSettings;
import io.leadrules.app.simulation.SimulationSettings;
import io.leadrules.app.trail.AuditSettings;
import io.leadrules.app.webhook.WebhookSettings;
import io.leadrules.app.lead.imports.LeadImportSettings;
import io.leadrules.app.lead.outcome.OutcomeSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The LeadRules service: scores leads with the active rule set over HTTP. Settings records are listed here, not
 * scanned, so that slice tests (which skip scanned configuration) get them too. {@code score ...} as the first
 * argument runs the bulk scoring command instead, before Spring starts: no web server, no database.
 */
@SpringBootApplication
@EnableConfigurationProperties({ScoringSettings.class, CustomDataSettings.class, RescoringSettings.class,
        RuleVersionSettings.class, RuleApprovalSettings.class, RuleSetUploadSettings.class, SimulationSettings.class,
        SandboxSettings.class, EvaluationSettings.class, AuditSettings.class, RateLimitSettings.class,
        OutcomeSettings.class, BacktestSettings.class, BatchSettings.class, LeadImportSettings.class,
        WebhookSettings.class, ActivationSettings.class})
public class LeadRulesApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ScoreCommand.NAME.equals(args[0])) {
            System.exit(ScoreCommand.runProcess(args));
        }
        SpringApplication.run(LeadRulesApplication.class, args);
    }
}
