package io.leadrules.rules.safety;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;

/**
 * Reads rule code (a consequence, a constraint's expression) as plain Java with JavaParser, then hands the tree to
 * {@link JavaRules}. Code that is not plain Java ({@code modify} blocks, {@code #} casts, {@code !.}) cannot be
 * judged and is refused.
 */
final class JavaCode {

    private static final String NOT_JAVA = " starts code that is not allowed in rules: rule code must be plain "
            + "Java (a condition, or statements that insert results); modify, #casts and !. are not available";

    private JavaCode() {
    }

    /** A consequence whose first line is DRL line {@code firstLine}. */
    static void checkConsequence(String code, int firstLine, CodeScope scope, Findings findings) {
        ParseResult<BlockStmt> parsed = parser().parseBlock("{" + code + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            int lineInCode = parsed.getProblems().stream().findFirst().flatMap(Problem::getLocation)
                    .flatMap(r -> r.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            refuseUnreadable(code, lineInCode, firstLine + lineInCode - 1, findings);
            return;
        }
        BlockStmt block = parsed.getResult().get();
        block.findAll(VariableDeclarator.class).forEach(v -> scope.variables().add(v.getNameAsString()));
        new JavaRules(scope, firstLine, false, findings).check(block);
    }

    /** An expression of a constraint or an accumulate function on DRL line {@code line}. */
    static void checkExpression(String expression, int line, CodeScope scope, Findings findings) {
        ParseResult<Expression> parsed = parser().parseExpression(expression);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnreadable(expression, 1, line, findings);
            return;
        }
        new JavaRules(scope, line, true, findings).check(parsed.getResult().get());
    }

    /** Refused at the line the parser stopped at ({@code lineInCode}, 1-based) and its first word. */
    private static void refuseUnreadable(String code, int lineInCode, int drlLine, Findings findings) {
        String token = firstToken(code, lineInCode);
        findings.add(drlLine, token, "'" + token + "'" + NOT_JAVA);
    }

    private static String firstToken(String code, int lineInCode) {
        String special = code.contains("#") ? "#" : code.contains("!.") ? "!." : null;
        if (special != null) {
            return special;
        }
        String line = code.lines().skip(Math.max(lineInCode - 1, 0)).findFirst().orElse(code).trim();
        String word = line.split("[^A-Za-z0-9_$.]", 2)[0];
        return word.isEmpty() ? line : word;
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }
}
