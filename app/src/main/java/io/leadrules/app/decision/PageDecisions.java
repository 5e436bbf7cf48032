package io.leadrules.app.decision;

import io.leadrules.app.trail.AuditTrail;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page-level entry of {@link Decisions}, for the jobs over stored leads: a page of leads evaluated on every core
 * (each through {@link Decisions#evaluate}, so under the same firing cap), and the page's new decisions recorded in
 * JDBC batches, numbered and audited as {@link DecisionJournal#record} does for one. Evaluation is nearly all of a
 * job's CPU; a query, an insert and a commit per lead were the rest of its time (730-790 leads a second one by one).
 */
@Service
public class PageDecisions {

    private static final String INSERT = "INSERT INTO decisions (id, lead_id, sequence_number, as_of, decided_at,"
            + " ruleset_version, ruleset_hash, score, stage, temperature, input_snapshot, result)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Decisions decisions;
    private final CalibratedAnswers answers;
    private final DecisionSnapshots snapshots;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditTrail trail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ForkJoinPool pool = workers(Thread.currentThread().getContextClassLoader());

    PageDecisions(Decisions decisions, CalibratedAnswers answers, DecisionSnapshots snapshots, JdbcClient jdbc,
                  JdbcTemplate template, AuditTrail trail, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.decisions = decisions;
        this.answers = answers;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.template = template;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * {@code each} applied to every item of the page on every core, the answers in the page's order. {@code each}
     * evaluates through this class or {@link Decisions} and touches no database: the workers hold no transaction.
     */
    public <I, T> List<T> onEveryCore(List<I> page, Function<I, T> each) {
        return pool.submit(() -> page.parallelStream().map(each).toList()).join();
    }

    /** The lead evaluated and answered as a decision made now would be; nothing recorded. */
    public DecisionDraft draft(UUID leadId, EvaluationInput input, CompiledRuleSet ruleSet) {
        LeadEvaluation evaluation = decisions.evaluate(input, ruleSet);
        ScoreResponse answer = answers.answer(evaluation);
        return new DecisionDraft(UUID.randomUUID(), leadId, input, evaluation, answer, snapshots.write(answer),
                ruleSet.version(), ruleSet.contentHash(), clock.instant());
    }

    /**
     * Records the drafts, each numbered after its lead's last decision, with their audit entries, in the caller's
     * transaction, which holds the leads' row locks (it has just updated them), so numbers never collide; publishes
 * {@link DecisionsRecorded} there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<DecisionDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<UUID, Long> last = lastSequenceNumbers(drafts.stream().map(DecisionDraft::leadId).toList());
        template.batchUpdate(INSERT, drafts, drafts.size(), (statement, draft) -> {
            ScoreResponse answer = draft.answer();
            statement.setObject(1, draft.id());
            statement.setObject(2, draft.leadId());
            statement.setLong(3, last.getOrDefault(draft.leadId(), 0L) + 1);
            statement.setTimestamp(4, Timestamp.from(draft.input().asOf()));
            statement.setTimestamp(5, Timestamp.from(draft.decidedAt()));
            statement.setString(6, draft.rulesetVersion());
            statement.setString(7, draft.rulesetHash());
            statement.setObject(8, answer.score(), Types.INTEGER);
            statement.setString(9, answer.stage());
            statement.setString(10, answer.temperature());
            statement.setString(11, snapshots.write(draft.input()));
            statement.setString(12, draft.result());
        });
        Map<UUID, UUID> leadByDecision = new LinkedHashMap<>();
        drafts.forEach(draft -> leadByDecision.put(draft.id(), draft.leadId()));
        trail.recordDecisions(leadByDecision);
        publish(drafts, last);
    }

    private void publish(List<DecisionDraft> drafts, Map<UUID, Long> last) {
        events.publishEvent(new DecisionsRecorded(drafts.stream().map(draft -> new DecisionsRecorded.Recorded(
                draft.id(), draft.leadId(), last.getOrDefault(draft.leadId(), 0L) + 1, draft.answer().score(),
                draft.answer().stage(), draft.answer().temperature(), draft.rulesetVersion(), draft.decidedAt()))
                .toList()));
    }

    private Map<UUID, Long> lastSequenceNumbers(List<UUID> leadIds) {
        Map<UUID, Long> last = new HashMap<>();
        jdbc.sql("SELECT lead_id, MAX(sequence_number) FROM decisions WHERE lead_id IN (:leads) GROUP BY lead_id")
                .param("leads", leadIds).query(rs -> {
                    last.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return last;
    }

    /** The results of the decisions with these ids, by id: the JSON each recorded, nothing else of it. */
    public Map<UUID, String> results(List<UUID> decisionIds) {
        Map<UUID, String> results = new HashMap<>();
        if (!decisionIds.isEmpty()) {
            jdbc.sql("SELECT id, result FROM decisions WHERE id IN (:ids)").param("ids", decisionIds).query(rs -> {
                results.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        }
        return results;
    }

    /**
     * One worker per core, each with the class loader of the thread that made this bean as its context loader. The
     * default factory gives workers the system loader, which in the packaged jar cannot see the application's
     * classes: Drools finds its services through the context loader, and every evaluation on such a worker failed.
     */
    private static ForkJoinPool workers(ClassLoader loader) {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setContextClassLoader(loader);
            return worker;
        }, null, false);
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
