package io.leadrules.rules.safety;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.utils.StringEscapeUtils;
import io.leadrules.rules.vocabulary.Text;
import java.util.Set;

/**
 * What a name in rule code may refer to: a variable of the rule, a field of the pattern's fact, a type of {@link
 * RuleTypes}, or (in a consequence) {@code drools.getRule()} / {@code drools.setFocus(...)} and {@code insert}.
 * A lower-case name that is none of these is the start of a fully qualified name ({@code java.io.File}), which
 * would get around the import list: refused.
 */
final class NameRules {

    /** Reachable on every object whatever the type list says: reflection, blocking, and a memory bomb on text. */
    private static final Set<String> REFUSED_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "repeat");
    private static final Set<String> DROOLS_METHODS = Set.of("getRule", "setFocus");
    private static final Set<String> CONSEQUENCE_FUNCTIONS = Set.of("insert");
    private static final String TYPES = "rules may only use the fact vocabulary (io.leadrules.rules.vocabulary), "
            + "text, numbers, Math, lists and dates";

    interface Refusal {
        void refuse(Node node, String token, String message);
    }

    private final CodeScope scope;
    private final Refusal refusal;

    NameRules(CodeScope scope, Refusal refusal) {
        this.scope = scope;
        this.refusal = refusal;
    }

    void check(Node node) {
        if (node instanceof NameExpr name) {
            checkName(name);
        } else if (node instanceof MethodCallExpr call) {
            checkCall(call);
        } else if (node instanceof ObjectCreationExpr creation) {
            if (creation.getAnonymousClassBody().isPresent()) {
                refusal.refuse(node, "new", "anonymous classes are not allowed in rules: create facts of the "
                        + "vocabulary with new, nothing else");
            }
            if (creation.getScope().isPresent()) {
                refusal.refuse(node, "new", "inner classes are not allowed in rules");
            }
        }
    }

    void checkType(ClassOrInterfaceType type) {
        if (type.getParentNode().filter(p -> p instanceof ClassOrInterfaceType outer
                && outer.getScope().filter(s -> s == type).isPresent()).isPresent()) {
            return;
        }
        if (type.getScope().isPresent()) {
            String name = type.asString().replaceAll("<.*", "");
            refusal.refuse(type, name, "the fully qualified name '" + name + "' is not allowed in rules: " + TYPES
                    + ", by their simple names");
        } else if (!RuleTypes.allowed(type.getNameAsString())) {
            refusal.refuse(type, type.getNameAsString(), "'" + type.getNameAsString() + "' is not allowed in rules: "
                    + TYPES);
        }
    }

    private void checkCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (REFUSED_METHODS.contains(name)) {
            refusal.refuse(call, name, "'" + name + "' is not allowed in rules: no reflection, no waiting and no "
                    + "unbounded text");
        } else if (call.getScope().isEmpty() && scope.consequence() && !CONSEQUENCE_FUNCTIONS.contains(name)
                && !scope.functions().contains(name)) {
            refusal.refuse(call, name, "'" + name + "(...)' is not allowed in a consequence: a rule inserts its "
                    + "results with insert(new ...)");
        } else if (name.equals("matchesPattern") && call.getArguments().size() == 2
                && call.getArgument(1) instanceof StringLiteralExpr literal) {
            String problem = Text.patternProblem(StringEscapeUtils.unescapeJava(literal.getValue()));
            if (problem != null) {
                refusal.refuse(call, literal.getValue(), "the pattern \"" + literal.asString() + "\" is not a valid "
                        + "regular expression for Text.matchesPattern: " + problem);
            }
        }
    }

    private void checkName(NameExpr expr) {
        String name = expr.getNameAsString();
        if (name.equals("drools")) {
            checkDrools(expr);
        } else if (name.equals("kcontext")) {
            refusal.refuse(expr, name, "'kcontext' is not allowed in rules: use drools.getRule() or "
                    + "drools.setFocus(...)");
        } else if (scope.knows(name)) {
            return;
        } else if (Character.isUpperCase(name.charAt(0))) {
            if (!RuleTypes.allowed(name)) {
                refusal.refuse(expr, name, "'" + name + "' is not allowed in rules: " + TYPES);
            }
        } else {
            refusal.refuse(expr, name, "'" + name + "' is not allowed in rules: it is "
                    + (scope.factType() == null ? "not a variable of the rule"
                    : "neither a variable of the rule nor a field of " + scope.factType())
                    + ", and fully qualified names (java.io.File) are not allowed either");
        }
    }

    private void checkDrools(NameExpr expr) {
        boolean allowed = scope.consequence() && expr.getParentNode()
                .filter(p -> p instanceof MethodCallExpr call && call.getScope().filter(s -> s == expr).isPresent()
                        && DROOLS_METHODS.contains(call.getNameAsString()))
                .isPresent();
        if (!allowed) {
            String what = expr.getParentNode().filter(p -> p instanceof MethodCallExpr)
                    .map(p -> "drools." + ((MethodCallExpr) p).getNameAsString()).orElse("drools");
            refusal.refuse(expr, what, "'" + what + "' is not allowed in rules: a consequence may only use "
                    + "drools.getRule() and drools.setFocus(...)");
        }
    }
}
