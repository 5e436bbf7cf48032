package io.leadrules.app.audit;

import io.leadrules.app.audit.Verification.Mismatch;
import io.leadrules.app.audit.Verification.Tally;
import io.leadrules.app.trail.AuditSealer;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/v1/audit/verification}. First asks the trail to seal what is waiting (the one write it causes, and
 * the trail's own: this package writes nothing), so every entry written before the request is checked. Then the
 * chain, the decision records and the rule files, in that order, stopping at the first record that does not match.
 */
@Service
public class AuditVerification {

    private final AuditSealer sealer;
    private final ChainCheck chain;
    private final DecisionCheck decisions;
    private final RuleFileCheck ruleFiles;
    private final JdbcClient jdbc;

    AuditVerification(AuditSealer sealer, ChainCheck chain, DecisionCheck decisions, RuleFileCheck ruleFiles,
                      JdbcClient jdbc) {
        this.sealer = sealer;
        this.chain = chain;
        this.decisions = decisions;
        this.ruleFiles = ruleFiles;
        this.jdbc = jdbc;
    }

    public Verification verify() {
        sealer.sealWaiting();
        Tally tally = new Tally();
        TrailStart start = TrailStart.of(jdbc);
        Optional<Mismatch> first = chain.check(tally)
                .or(() -> decisions.check(tally, start))
                .or(() -> ruleFiles.check(tally, start));
        return new Verification(first.isEmpty(), tally.checked(), first.orElse(null));
    }
}
