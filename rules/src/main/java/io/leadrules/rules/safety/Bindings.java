package io.leadrules.rules.safety;

import java.util.HashSet;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;

/** The variables a rule's left-hand side binds ({@code $lead : Lead()}, {@code $type : type}, {@code $n : count()}). */
final class Bindings {

    private Bindings() {
    }

    static Set<String> of(BaseDescr lhs) {
        Set<String> names = new HashSet<>();
        collect(lhs, names);
        return names;
    }

    private static void collect(BaseDescr descr, Set<String> names) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                names.add(pattern.getIdentifier());
            }
            pattern.getDescrs().forEach(d -> collect(d, names));
            collect(pattern.getSource(), names);
        } else if (descr instanceof ExprConstraintDescr constraint) {
            ConstraintRules.parse(constraint.getExpression()).ifPresent(c -> collect(c, names));
        } else if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> collect(d, names));
        } else if (descr instanceof RelationalExprDescr relation) {
            collect(relation.getLeft(), names);
            collect(relation.getRight(), names);
        } else if (descr instanceof BindingDescr binding) {
            names.add(binding.getVariable());
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate.getFunctions().forEach(f -> names.add(f.getBind()));
            collect(accumulate.getInput(), names);
        } else if (descr instanceof CollectDescr collect) {
            collect(collect.getInputPattern(), names);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> collect((BaseDescr) d, names));
        }
    }
}
