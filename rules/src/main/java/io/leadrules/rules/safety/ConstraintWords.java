package io.leadrules.rules.safety;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;

/**
 * Drools' expression parser stops at the first token it cannot use and reports no error ({@code a == 1 b.c()}
 * reads as {@code a == 1}), while the build reads constraints with another parser. So every name in a constraint
 * must be one the parsed tree holds: a part the check did not read is never let through.
 */
final class ConstraintWords {

    private static final Pattern WORD = Pattern.compile("(?<![\\w$])[A-Za-z_$][\\w$]*");
    /** Words of the constraint language that the tree holds as operators or rewrites ({@code in}, {@code not in}). */
    private static final Set<String> KEYWORDS = Set.of("in", "not", "contains", "memberOf", "matches", "soundslike",
            "str", "excludes");

    private ConstraintWords() {
    }

    /** The names in the text that the parsed tree does not hold. */
    static Set<String> notRead(String text, ConstraintConnectiveDescr tree) {
        Set<String> read = new LinkedHashSet<>();
        collect(tree, read);
        Set<String> missing = words(text);
        missing.removeAll(read);
        missing.removeAll(KEYWORDS);
        return missing;
    }

    private static void collect(BaseDescr descr, Set<String> read) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> collect(d, read));
        } else if (descr instanceof RelationalExprDescr relation) {
            read.add(relation.getOperator());
            if (relation.getParameters() != null) {
                relation.getParameters().forEach(p -> read.addAll(words(p)));
            }
            collect(relation.getLeft(), read);
            collect(relation.getRight(), read);
        } else if (descr instanceof AtomicExprDescr atom) {
            read.addAll(words(atom.getExpression()));
        } else if (descr instanceof BindingDescr binding) {
            read.add(binding.getVariable());
            read.addAll(words(binding.getExpression()));
        } else if (descr != null) {
            read.addAll(words(descr.getText()));
        }
    }

    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        Matcher word = WORD.matcher(withoutStringsAndComments(text));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /**
     * The text with each string literal ({@code "..."}, {@code '...'}, backslash escapes inside) and comment
     * ({@code //} to the end of the line, {@code /* ... *}{@code /}) replaced by one blank; a quote or {@code /*}
     * that is never closed is kept as a character, and reading goes on after it. A loop rather than a regular
     * expression: {@code java.util.regex} recurses once per character of a repeated group, and a table whose list
     * literal held a few thousand characters overflowed the sandbox worker's stack.
     */
    static String withoutStringsAndComments(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            int end = endOfSkipped(text, at);
            if (end > at) {
                kept.append(' ');
                at = end;
            } else {
                kept.append(text.charAt(at++));
            }
        }
        return kept.toString();
    }

    /** Where the literal or comment that starts at {@code at} ends (exclusive), or {@code at} when none starts. */
    private static int endOfSkipped(String text, int at) {
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
            return endOfLiteral(text, at, c);
        }
        if (c == '/' && text.startsWith("//", at)) {
            int newline = text.indexOf('\n', at);
            return newline < 0 ? text.length() : newline;
        }
        if (c == '/' && text.startsWith("/*", at)) {
            int close = text.indexOf("*/", at + 2);
            return close < 0 ? at : close + 2;
        }
        return at;
    }

    private static int endOfLiteral(String text, int at, char quote) {
        int i = at + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return at;
    }
}
