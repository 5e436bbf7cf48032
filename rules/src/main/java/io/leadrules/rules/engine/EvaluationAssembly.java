package io.leadrules.rules.engine;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.engine.modeltables.AppliedMapping;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.EngagementResult;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.FitResult;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import io.leadrules.rules.evaluation.RuleReference;
import io.leadrules.rules.evaluation.ScoreWeights;
import io.leadrules.rules.vocabulary.EngagementPoints;
import io.leadrules.rules.vocabulary.EngagementScore;
import io.leadrules.rules.vocabulary.Finding;
import io.leadrules.rules.vocabulary.FitPoints;
import io.leadrules.rules.vocabulary.FitScore;
import io.leadrules.rules.vocabulary.FunnelStage;
import io.leadrules.rules.vocabulary.Grade;
import io.leadrules.rules.vocabulary.Invalidity;
import io.leadrules.rules.vocabulary.LeadScore;
import io.leadrules.rules.vocabulary.Priority;
import io.leadrules.rules.vocabulary.Recommendation;
import io.leadrules.rules.vocabulary.ScoreWeight;
import io.leadrules.rules.vocabulary.Stage;
import io.leadrules.rules.vocabulary.Temperature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the results the rules inserted and explains them with the rule catalog. It computes nothing: every number
 * and label comes from a rule.
 */
final class EvaluationAssembly {

    private final RuleCatalog catalog;
    private final FiringJournal journal;

    private final List<AppliedMapping> mappings;

    private final List<String> fitCategories;

    /**
     * @param fitCategories the order of the fit breakdown (the FitWeights table's); empty for a rule set without
     *                      model tables, whose breakdown keeps the order its rules inserted the points in
     */
    EvaluationAssembly(RuleCatalog catalog, FiringJournal journal, List<AppliedMapping> mappings,
                       List<String> fitCategories) {
        this.catalog = catalog;
        this.journal = journal;
        this.mappings = mappings;
        this.fitCategories = fitCategories;
    }

    LeadEvaluation assemble(String version, Instant asOf) {
        boolean valid = journal.first(Invalidity.class).isEmpty();
        return new LeadEvaluation(version, asOf, valid,
                journal.first(LeadScore.class).map(LeadScore::score).orElse(null),
                weights(),
                new FitResult(journal.first(FitScore.class).map(FitScore::score).orElse(null),
                        value(Grade.class, Grade::value),
                        breakdown(fitPoints(), FitPoints::category, FitPoints::points,
                                FitPoints::rule, FitPoints::detail)),
                new EngagementResult(journal.first(EngagementScore.class).map(EngagementScore::score).orElse(null),
                        breakdown(journal.inserted(EngagementPoints.class), EngagementPoints::category,
                                EngagementPoints::points, EngagementPoints::rule, EngagementPoints::detail)),
                value(Temperature.class, Temperature::value),
                value(Stage.class, Stage::value),
                value(FunnelStage.class, FunnelStage::value),
                value(Priority.class, Priority::value),
                nextActions(), dataQuality(), firedRules());
    }

    /** Categories in the FitWeights order, then the baseline and the limit; a stable sort keeps the rest as inserted. */
    private List<FitPoints> fitPoints() {
        List<FitPoints> points = journal.inserted(FitPoints.class);
        if (fitCategories.isEmpty()) {
            return points;
        }
        return points.stream().sorted(Comparator.comparingInt(p -> {
            int index = fitCategories.indexOf(p.category());
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    private ScoreWeights weights() {
        List<ScoreWeight> weights = journal.inserted(ScoreWeight.class);
        if (weights.isEmpty()) {
            return null;
        }
        return new ScoreWeights(weight(weights, "FIT"), weight(weights, "ENGAGEMENT"));
    }

    private static Integer weight(List<ScoreWeight> weights, String dimension) {
        return weights.stream().filter(w -> dimension.equalsIgnoreCase(w.dimension())).map(ScoreWeight::weight)
                .findFirst().orElse(null);
    }

    private <T> String value(Class<T> type, Function<T, String> value) {
        return journal.first(type).map(value).orElse(null);
    }

    private <T> List<BreakdownEntry> breakdown(List<T> points, Function<T, String> category,
                                               Function<T, Integer> amount, Function<T, String> rule,
                                               Function<T, String> detail) {
        return points.stream().map(p -> {
            RuleInfo info = catalog.rule(rule.apply(p));
            return new BreakdownEntry(category.apply(p), amount.apply(p), info.ruleId(), info.reason(),
                    detail.apply(p), reference(info.source()), info.reasons());
        }).toList();
    }

    private List<NextAction> nextActions() {
        return journal.inserted(Recommendation.class).stream()
                .sorted(Comparator.comparingInt(Recommendation::rank))
                .map(r -> {
                    RuleInfo info = catalog.rule(r.rule());
                    return new NextAction(r.code(), r.content(), info.reason(), info.ruleId(), info.reasons());
                })
                .toList();
    }

    private List<DataQualityFinding> dataQuality() {
        return journal.inserted(Finding.class).stream()
                .map(f -> new DataQualityFinding(f.code(), f.field(),
                        f.severity() == null ? null : f.severity().name(), f.message(),
                        catalog.rule(f.rule()).ruleId()))
                .toList();
    }

    private List<FiredRule> firedRules() {
        Map<String, Integer> pointsByRule = new HashMap<>();
        journal.inserted(FitPoints.class).forEach(p -> pointsByRule.merge(p.rule(), p.points(), Integer::sum));
        journal.inserted(EngagementPoints.class).forEach(p -> pointsByRule.merge(p.rule(), p.points(), Integer::sum));
        List<FiredRule> fired = new ArrayList<>(mappings.stream().map(EvaluationAssembly::mapping).toList());
        journal.firingsByRule().forEach((name, firings) -> {
            RuleInfo info = catalog.rule(name);
            fired.add(new FiredRule(info.ruleId(), info.name(), info.dimension(),
                    pointsByRule.getOrDefault(name, 0), info.reason(), reference(info.source()), firings,
                    info.reasons()));
        });
        return List.copyOf(fired);
    }

    /** A mapping row that rewrote a value before the rules ran: listed first, as it happened first. */
    private static FiredRule mapping(AppliedMapping m) {
        return new FiredRule(m.ruleId(), m.ruleId(), "MAPPING", 0, m.describe(),
                new RuleReference(m.file(), m.sheet(), m.cell(), null), 1);
    }

    static RuleReference reference(RuleSource source) {
        return source == null ? null : new RuleReference(source.file(), source.sheet(), source.cell(), source.line());
    }
}
