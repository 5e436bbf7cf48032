package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the {@code ${name}} of a DRL file by their literals, reading the file as the DRL and Java lexers do. A
 * literal is whole code (a number, {@code true}, or a quoted text), so it goes only where code is: in a block comment a
 * text parameter holding the comment's end marker would close it and add rules of its own, inside quotes it would
 * close them ({@code "tag ${tag}"} with the text {@code + drools.getRule().getName() +} becomes code). References in
 * comments stay as written; one inside quotes is a problem at its line. One pass: a literal is never read again.
 */
final class ParameterReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}\\s]{0,80})}");

    private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHARS }

    private final String file;
    private final String drl;
    private final Function<String, String> literal;
    private final List<CompileProblem> problems;
    private final StringBuilder out = new StringBuilder();
    private final Matcher reference;
    private State state = State.CODE;
    private int line = 1;

    /** @param literal the literal of a parameter, or null when no parameter has the name */
    private ParameterReferences(String file, String drl, Function<String, String> literal,
                                List<CompileProblem> problems) {
        this.file = file;
        this.drl = drl;
        this.literal = literal;
        this.problems = problems;
        this.reference = REFERENCE.matcher(drl);
    }

    static String substitute(String file, String drl, Function<String, String> literal, List<CompileProblem> problems) {
        return new ParameterReferences(file, drl, literal, problems).run();
    }

    private String run() {
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '$' && reference.region(i, drl.length()).lookingAt()) {
                i = reference(i);
                continue;
            }
            out.append(c);
            i = step(c, i);
        }
        return out.toString();
    }

    /** Reads one character (two for an escape or a comment marker) and returns the index after it. */
    private int step(char c, int i) {
        char next = i + 1 < drl.length() ? drl.charAt(i + 1) : 0;
        if (c == '\n') {
            line++;
        }
        switch (state) {
            case CODE -> {
                if (c == '/' && next == '*') {
                    state = State.BLOCK_COMMENT;
                    return pair(next, i);
                }
                state = c == '"' ? State.STRING : c == '\'' ? State.CHARS
                        : c == '#' || c == '/' && next == '/' ? State.LINE_COMMENT : State.CODE;
            }
            case LINE_COMMENT -> state = c == '\n' ? State.CODE : State.LINE_COMMENT;
            case BLOCK_COMMENT -> {
                if (c == '*' && next == '/') {
                    state = State.CODE;
                    return pair(next, i);
                }
            }
            case STRING, CHARS -> {
                if (c == '\\' && next != 0) {
                    return pair(next, i);
                }
                if (c == (state == State.STRING ? '"' : '\'')) {
                    state = State.CODE;
                }
            }
        }
        return i + 1;
    }

    /** Copies the second character of a pair ({@code *}{@code /}, an escape, the {@code *} of {@code /*}). */
    private int pair(char next, int i) {
        out.append(next);
        if (next == '\n') {
            line++;
        }
        return i + 2;
    }

    private int reference(int i) {
        String name = reference.group(1);
        switch (state) {
            case CODE -> {
                String value = literal.apply(name);
                if (value == null) {
                    problems.add(CompileProblem.atLine(file, line, CompileMessage.of("parameter.undefined", name)));
                }
                out.append(value == null ? "0" : value);
            }
            case STRING, CHARS -> {
                problems.add(CompileProblem.atLine(file, line, CompileMessage.of("parameter.inQuotes", name)));
                out.append(reference.group());
            }
            default -> out.append(reference.group());
        }
        return reference.end();
    }
}
