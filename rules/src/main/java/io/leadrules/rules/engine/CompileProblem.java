package io.leadrules.rules.engine;

import java.util.List;
import java.util.Locale;

/**
 * One reason a rule set does not compile, written for the person who edits the file: a spreadsheet cell
 * ({@code file}, {@code sheet}, {@code cell}) or a DRL line ({@code file}, {@code line}), and what to change.
 * {@code message} is English; {@code key} and {@code arguments} (a {@link CompileMessage}) let {@link
 * #message(Locale)} say it in another language. A problem made from a text alone has no key and is English only.
 */
public record CompileProblem(String file, String sheet, String cell, Integer line, String message, String key,
                             List<String> arguments) {

    public CompileProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem in English only. */
    public CompileProblem(String file, String sheet, String cell, Integer line, String message) {
        this(file, sheet, cell, line, message, null, List.of());
    }

    private CompileProblem(String file, String sheet, String cell, Integer line, CompileMessage message) {
        this(file, sheet, cell, line, message.english(), message.key(), message.arguments());
    }

    /** A problem at a rule's source: a cell of a sheet, or a line of a file. */
    public static CompileProblem at(String file, String sheet, String cell, Integer line, CompileMessage message) {
        return new CompileProblem(file, sheet, cell, line, message);
    }

    public static CompileProblem inCell(String file, String sheet, String cell, String message) {
        return new CompileProblem(file, sheet, cell, null, message);
    }

    public static CompileProblem inCell(String file, String sheet, String cell, CompileMessage message) {
        return new CompileProblem(file, sheet, cell, null, message);
    }

    public static CompileProblem inSheet(String file, String sheet, String message) {
        return new CompileProblem(file, sheet, null, null, message);
    }

    public static CompileProblem inSheet(String file, String sheet, CompileMessage message) {
        return new CompileProblem(file, sheet, null, null, message);
    }

    public static CompileProblem atLine(String file, Integer line, String message) {
        return new CompileProblem(file, null, null, line, message);
    }

    public static CompileProblem atLine(String file, Integer line, CompileMessage message) {
        return new CompileProblem(file, null, null, line, message);
    }

    public static CompileProblem inFile(String file, String message) {
        return new CompileProblem(file, null, null, null, message);
    }

    public static CompileProblem inFile(String file, CompileMessage message) {
        return new CompileProblem(file, null, null, null, message);
    }

    /**
     * The message in a language, from this library's own bundle: the key picks a pattern and the arguments fill it,
     * so a problem that crossed a process boundary never brings a pattern of its own. Without a key, or with one the
     * bundle does not know, the English message.
     */
    public String message(Locale locale) {
        if (key == null) {
            return message;
        }
        return CompileMessage.pattern(key, locale).isPresent() ? new CompileMessage(key, arguments).in(locale)
                : message;
    }

    /** {@code EngagementPoints.drl.xlsx, sheet Points, cell D14: "ten" is not a number}. */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /** {@link #describe()} in a language: {@code EngagementPoints.drl.xlsx, hoja Points, celda D14: ...}. */
    public String describe(Locale locale) {
        return CompileMessage.of("where.message", where(locale), message(locale)).in(locale);
    }

    /** The file, sheet and cell or line the problem names, in a language, without the message. */
    public String where(Locale locale) {
        String where = file;
        if (sheet != null) {
            where = CompileMessage.of("where.sheet", where, sheet).in(locale);
        }
        if (cell != null) {
            where = CompileMessage.of("where.cell", where, cell).in(locale);
        }
        if (line != null) {
            where = CompileMessage.of("where.line", where, line).in(locale);
        }
        return where;
    }
}
