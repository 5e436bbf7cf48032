package io.leadrules.app.ruleset;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a draft that was never live: its files, reports and the simulations of it ({@link RuleVersionDeleted}).
 * Decisions only ever name versions that were live, so none can point at it. Its id stays taken
 * ({@code rule_version_deletions}, with who deleted it and when). An active or retired version is never deleted (its
 * decisions must stay replayable), nor a draft another version was based on (that version's history).
 */
@Service
class RuleDraftDeletion {

    private static final Logger log = LoggerFactory.getLogger(RuleDraftDeletion.class);

    private final RuleVersionStore store;
    private final JdbcClient jdbc;
    private final RuleVersionTags tags;
    private final CompiledVersions compiled;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final RuleVersionAudit audit;

    RuleDraftDeletion(RuleVersionStore store, JdbcClient jdbc, RuleVersionTags tags, CompiledVersions compiled,
                      CurrentActor actor, Clock clock, TransactionTemplate transactions,
                      ApplicationEventPublisher events, RuleVersionAudit audit) {
        this.audit = audit;
        this.store = store;
        this.jdbc = jdbc;
        this.tags = tags;
        this.compiled = compiled;
        this.actor = actor;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    /** 404 for an unknown version, 412 when {@code ifMatch} is not its tag, 409 when it is not a deletable draft. */
    void delete(String versionId, String ifMatch) {
        RuleVersionRecord version = store.existing(versionId);
        tags.check(ifMatch, version, store.active().orElseThrow());
        if (version.status() != RuleVersionRecord.Status.DRAFT) {
            throw notDeletable(version, "it is " + version.status() + ": it has been live, and its decisions must "
                    + "stay replayable");
        }
        List<Long> dependents = store.basedOn(version.id());
        if (!dependents.isEmpty()) {
            throw notDeletable(version, "versions " + dependents + " are based on it").with("basedOnIt",
                    dependents.stream().map(String::valueOf).toList());
        }
        String by = actor.name();
        try {
            transactions.executeWithoutResult(tx -> deleteStored(version, by));
        } catch (DataIntegrityViolationException planned) {
            throw pendingActivation(version); // a plan proposed between the check and the delete: its key holds
        }
        compiled.forget(version.id());
        log.info("Rule version {} ({}), a draft never live, deleted by {}", version.id(), version.label(), by);
    }

    /**
     * A pending activation names the draft: every instance compiles it ahead and would switch to a version gone, so
     * it is called off first. Its plans that are over (called off, failed) go with it: they are the history of a
     * version that was never live, and their key on it would otherwise make every later deletion fail.
     */
    private void deleteStored(RuleVersionRecord version, String by) {
        if (jdbc.sql("SELECT COUNT(*) FROM rule_activation_plans WHERE version_id = :id AND state = 'PENDING'")
                .param("id", version.id()).query(Long.class).single() > 0) {
            throw pendingActivation(version);
        }
        jdbc.sql("DELETE FROM rule_activation_plans WHERE version_id = :id AND state <> 'PENDING'")
                .param("id", version.id()).update();
        Instant at = clock.instant();
        jdbc.sql("INSERT INTO rule_version_deletions (version_id, label, author, deleted_at, deleted_by)"
                        + " VALUES (:id, :label, :author, :at, :by)").param("id", version.id())
                .param("label", version.label()).param("author", version.author())
                .param("at", Timestamp.from(at)).param("by", by).update();
        audit.deleted(version, at);
        events.publishEvent(new RuleVersionDeleted(version.versionId()));
        jdbc.sql("DELETE FROM rule_version_files WHERE version_id = :id").param("id", version.id()).update();
        int deleted = jdbc.sql("DELETE FROM rule_versions WHERE id = :id AND status = 'DRAFT'")
                .param("id", version.id()).update();
        if (deleted != 1) {
            throw notDeletable(version, "it was activated meanwhile");
        }
    }

    private static ProblemException pendingActivation(RuleVersionRecord version) {
        return notDeletable(version, "it has a pending activation; call it off first (DELETE /api/v1/rulesets/"
                + version.versionId() + "/activation)");
    }

    private static ProblemException notDeletable(RuleVersionRecord version, String why) {
        return new ProblemException(RuleSetProblem.RULESET_NOT_DELETABLE, "Rule version " + version.versionId()
                + " cannot be deleted: " + why + ". Only a draft that was never live can be deleted; nothing "
                + "changed.").with("rulesetVersion", version.versionId())
                .with("versionStatus", version.status().name());
    }
}
