package io.leadrules.rules.engine;

import io.leadrules.rules.vocabulary.ActivityPoints;
import io.leadrules.rules.vocabulary.ActivityType;
import io.leadrules.rules.engine.modeltables.ModelTranslation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The activity types a rule version scores: those named by the rules that give points to a type, that is rules whose
 * consequence inserts {@link ActivityPoints} and whose conditions match {@code ActivityType(name == "TYPE")} (one
 * row per type of the engagement table). A type missing here is still accepted from clients: it earns no points and
 * comes back as a warning.
 */
final class KnownActivityTypes {

    private static final String FACT = ActivityType.class.getSimpleName();
    private static final String POINTS = "new " + ActivityPoints.class.getSimpleName() + "(";
    private static final Pattern NAMED = Pattern.compile("\\bname\\s*==\\s*\"([^\"]+)\"");

    private KnownActivityTypes() {
    }

    static List<String> of(List<DrlUnit> units, ModelTranslation model) {
        Set<String> types = new LinkedHashSet<>(model.activityTypes());
        for (DrlUnit unit : units) {
            PackageDescr descr = RuleCatalog.parse(unit);
            if (descr != null) {
                descr.getRules().stream().filter(KnownActivityTypes::givesPoints)
                        .forEach(rule -> typesMatched(rule.getLhs()).forEach(types::add));
            }
        }
        return List.copyOf(types);
    }

    private static boolean givesPoints(RuleDescr rule) {
        return rule.getConsequence() != null && rule.getConsequence().toString().contains(POINTS);
    }

    private static Stream<String> typesMatched(BaseDescr element) {
        if (element instanceof PatternDescr pattern) {
            if (!FACT.equals(pattern.getObjectType()) && !pattern.getObjectType().endsWith("." + FACT)) {
                return Stream.empty();
            }
            return pattern.getConstraint().getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                    .map(c -> NAMED.matcher(((ExprConstraintDescr) c).getExpression()))
                    .filter(Matcher::find).map(m -> m.group(1));
        }
        if (element instanceof ConditionalElementDescr group) {
            return group.getDescrs().stream().flatMap(KnownActivityTypes::typesMatched);
        }
        return Stream.empty();
    }
}
