package io.leadrules.app.sandbox;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import io.leadrules.app.decision.EvaluationSettings;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.scenario.ScenarioReport;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The service's entry point to the sandbox: an uploaded rule set is compiled, made to score the stress lead and tested
 * in the confined worker before the service compiles it itself. The answer is the compile problems or the scenario
 * reports; a rule set that hits a limit is a 422 {@code /problems/ruleset-limit-exceeded} naming the limit and after
 * how long, and a worker that died of something else is a 503 {@code /problems/sandbox-unavailable}, never a 500.
 */
@Component
public class UntrustedRuleSetCheck {

    /** A new worker is ready within seconds. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);
    private static final String NOTHING_CHANGED = " Nothing was stored; the live rules did not change.";

    private final SandboxWorkers workers;
    private final SandboxSettings settings;
    private final EvaluationSettings evaluation;

    UntrustedRuleSetCheck(SandboxWorkers workers, SandboxSettings settings, EvaluationSettings evaluation) {
        this.workers = workers;
        this.settings = settings;
        this.evaluation = evaluation;
    }

    /**
     * What the worker made of the rule set; scores of the stress lead are taken at {@code asOf}, with activities over
     * the year before it.
     */
    public Verdict check(List<RuleFile> files, Instant asOf, int maxRules) {
        Request request = new Request(files.stream().map(WorkerProtocol.File::of).toList(), asOf, maxRules,
                settings.evaluationCeiling().toMillis(), evaluation.maxRuleFirings(), settings.stressActivities());
        try {
            return verdict(workers.run(request));
        } catch (WorkerFailure failure) {
            if (failure.limit() == null) {
                throw unavailable(failure);
            }
            throw exceeded(failure.limit(), failure.after(), explain(failure.limit(), failure.after()));
        }
    }

    /** The compile problems (nothing else then), or the scenario reports of a rule set that compiles. */
    public record Verdict(List<CompileProblem> problems, List<ScenarioReport> scenarios) {

        public boolean compiles() {
            return problems.isEmpty();
        }
    }

    private static Verdict verdict(Answer answer) {
        return switch (answer.outcome()) {
            case ACCEPTED -> new Verdict(List.of(), answer.scenarios());
            case INVALID -> new Verdict(answer.problems(), List.of());
            case REFUSED -> throw exceeded(answer.limit(), Duration.ofMillis(answer.afterMillis()), answer.detail()
                    + NOTHING_CHANGED);
            case READY -> throw new ProblemException(SandboxProblem.SANDBOX_UNAVAILABLE, "The checking worker answered "
                    + "out of turn. Nothing was stored; upload again.")
                    .withHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        };
    }

    private String explain(String limit, Duration after) {
        return switch (limit) {
            case "heap" -> "Checking this rule set needed more memory than an upload may use ("
                    + settings.heap().toMegabytes() + " MB); it was stopped after " + seconds(after) + ". A rule "
                    + "probably keeps adding facts or calls itself without end.";
            case "cpu" -> "Checking this rule set used more processor time than an upload may use ("
                    + settings.cpuPerUpload().toSeconds() + " s); it was stopped after " + seconds(after) + ". A "
                    + "rule probably keeps triggering itself, or the rule set is far larger than it needs to be.";
            default -> "Checking this rule set took longer than an upload may take ("
                    + settings.wallClockPerUpload().toSeconds() + " s); it was stopped after " + seconds(after)
                    + ". A rule probably waits or keeps triggering itself, or the rule set is far larger than it "
                    + "needs to be.";
        } + NOTHING_CHANGED;
    }

    private static ProblemException exceeded(String limit, Duration after, String detail) {
        Duration shown = after.truncatedTo(ChronoUnit.MILLIS);
        return new ProblemException(SandboxProblem.RULESET_LIMIT_EXCEEDED, detail)
                .with("limit", limit)
                .with("after", shown.toString())
                .with("afterSeconds", shown.toMillis() / 1000.0);
    }

    private static ProblemException unavailable(WorkerFailure failure) {
        return new ProblemException(SandboxProblem.SANDBOX_UNAVAILABLE, "The worker that checks uploads stopped before "
                + "it answered (" + failure.getMessage() + "), for a reason that has nothing to do with this upload. "
                + "A fresh one is starting; nothing was stored. Upload again in " + RETRY_AFTER.toSeconds() + " s.")
                .withHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
    }

    private static String seconds(Duration after) {
        return String.format(java.util.Locale.ROOT, "%.1f s", after.toMillis() / 1000.0);
    }
}
