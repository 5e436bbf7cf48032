package io.leadrules.app.sandbox;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RunawayEvaluationException;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Scores the biggest lead a client may send (every member set, ~1,000 characters in each text, thousands of activities
 * of every type over the last year) with the rule set: once to warm up, then {@link #MEASURED} times against the
 * ceiling. An evaluation is timed on a thread of its own, so one that never ends is still refused after the ceiling
 * (the worker then exits, thread and all).
 */
final class StressTest {

    private static final int MEASURED = 3;
    /** A cold first evaluation (classes loaded, nothing compiled to machine code yet) may take this many ceilings. */
    private static final int WARM_UP_CEILINGS = 5;
    private static final String LONG = "x".repeat(1_000);

    private final CompiledRuleSet rules;
    private final Request request;
    private final EvaluationInput lead;

    StressTest(CompiledRuleSet rules, Request request) {
        this.rules = rules;
        this.request = request;
        this.lead = lead(rules.activityTypes(), request.asOf(), request.stressActivities());
    }

    /** The refusal, or the slowest warm evaluation in milliseconds. */
    record Result(Answer refusal, long warmMillis) {
    }

    Result run() {
        Result warmUp = timed(request.ceilingMillis() * WARM_UP_CEILINGS);
        if (warmUp.refusal() != null) {
            return warmUp;
        }
        long slowest = 0;
        for (int i = 0; i < MEASURED; i++) {
            Result measured = timed(request.ceilingMillis());
            if (measured.refusal() != null) {
                return measured;
            }
            slowest = Math.max(slowest, measured.warmMillis());
        }
        return new Result(null, slowest);
    }

    private Result timed(long limitMillis) {
        FutureTask<Object> evaluation = new FutureTask<>(() -> rules.evaluate(lead, request.maxFirings()));
        Thread thread = new Thread(evaluation, "stress-evaluation");
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        try {
            evaluation.get(limitMillis, TimeUnit.MILLISECONDS);
            long took = elapsed(start);
            return took > request.ceilingMillis() && limitMillis == request.ceilingMillis()
                    ? tooSlow(took) : new Result(null, took);
        } catch (TimeoutException e) {
            return tooSlow(elapsed(start));
        } catch (ExecutionException e) {
            return failed(e.getCause(), elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while scoring the stress lead", e);
        }
    }

    private Result tooSlow(long took) {
        return new Result(Answer.refused("evaluation-time", took, "Scoring one large lead (" + lead.activities().size()
                + " activities, every field filled) took more than " + seconds(request.ceilingMillis()) + ", the "
                + "most one score may take. A rule probably waits, loops or compares every activity with every other "
                + "one; make it simpler and upload again."), 0);
    }

    private Result failed(Throwable cause, long took) {
        if (cause instanceof RunawayEvaluationException runaway && runaway.getCause() != null) {
            return new Result(Answer.refused("firings", took, "Scoring one large lead stopped: " + runaway.getMessage()
                    + ". Change the rule so that what it adds no longer feeds itself."), 0);
        }
        if (cause instanceof RunawayEvaluationException runaway) {
            return new Result(Answer.refused("firings", took, "Scoring one large lead made the rules fire more than "
                    + request.maxFirings() + " times: rule '" + runaway.ruleId() + "'" + where(runaway) + " keeps "
                    + "triggering itself. Change it so that what it adds no longer matches its own conditions."), 0);
        }
        if (cause instanceof StackOverflowError) {
            return new Result(Answer.refused("stack", took, "Scoring one large lead made the rules call themselves "
                    + "without end (the stack ran out). Remove the rule or query that calls itself."), 0);
        }
        System.err.println("The stress lead failed to evaluate: " + cause);
        return new Result(null, took);
    }

    private static String where(RunawayEvaluationException runaway) {
        return runaway.source() == null ? "" : " (" + runaway.source().describe() + ")";
    }

    private static long elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static EvaluationInput lead(List<String> knownTypes, Instant asOf, int count) {
        Lead lead = new Lead("ext-" + LONG, "First" + LONG, "Last" + LONG, LONG + "@example.com", "+34 " + LONG,
                "Company " + LONG, "Marketing Director " + LONG, "Software " + LONG, 250,
                new BigDecimal("25000000"), "ES" + LONG, "referral " + LONG, "ebook " + LONG, "product " + LONG,
                new Consent(true, false, "policy-" + LONG, asOf.minus(Duration.ofDays(400))));
        List<String> types = new ArrayList<>(knownTypes);
        types.add("SOMETHING_NO_RULE_KNOWS");
        List<Activity> activities = new ArrayList<>(count);
        long yearSeconds = Duration.ofDays(365).toSeconds();
        for (int i = 0; i < count; i++) {
            Instant when = asOf.minusSeconds(yearSeconds * i / Math.max(count, 1));
            activities.add(new Activity("stress-" + i, types.get(i % types.size()), when, LONG));
        }
        return new EvaluationInput(lead, activities, asOf);
    }
}
