package io.leadrules.rules.diff;

import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** The comparison of one file whose bytes differ: exactly one of the three parts is present. */
record FileComparison(String file, WorkbookDiff workbook, TextDiff text, FileNote note) {

    static FileComparison of(RuleFile base, RuleFile other) {
        return base.isDecisionTable() ? workbook(base, other) : text(base, other);
    }

    static List<WorkbookDiff> workbooks(List<FileComparison> comparisons) {
        return present(comparisons, FileComparison::workbook);
    }

    static List<TextDiff> texts(List<FileComparison> comparisons) {
        return present(comparisons, FileComparison::text);
    }

    static List<FileNote> notes(List<FileComparison> comparisons) {
        return present(comparisons, FileComparison::note);
    }

    private static FileComparison workbook(RuleFile base, RuleFile other) {
        List<DecisionTable> baseTables = tables(base);
        List<DecisionTable> otherTables = tables(other);
        if (baseTables == null || otherTables == null) {
            return note(base.name(), "not a readable workbook in " + where(baseTables == null, otherTables == null));
        }
        return new FileComparison(base.name(), WorkbookComparison.between(base.name(), baseTables, otherTables),
                null, null);
    }

    private static FileComparison text(RuleFile base, RuleFile other) {
        List<String> baseLines = TextLines.of(base.content());
        List<String> otherLines = TextLines.of(other.content());
        if (baseLines == null && otherLines == null) {
            return note(base.name(), "changed (a binary file: no line diff)");
        }
        if (baseLines == null || otherLines == null) {
            return note(base.name(), "not readable text in " + where(baseLines == null, otherLines == null));
        }
        if (baseLines.size() > LineDiff.MAX_LINES || otherLines.size() > LineDiff.MAX_LINES) {
            return note(base.name(),
                    String.format(Locale.ROOT, "too large to diff (more than %,d lines)", LineDiff.MAX_LINES));
        }
        return new FileComparison(base.name(), null, UnifiedDiff.of(base.name(), baseLines, otherLines), null);
    }

    private static List<DecisionTable> tables(RuleFile file) {
        try {
            return DecisionTableWorkbook.open(file).tables();
        } catch (RuleSetCompilationException e) {
            return null;
        }
    }

    private static String where(boolean inBase, boolean inOther) {
        if (inBase && inOther) {
            return "either version";
        }
        return inBase ? "the base version" : "the other version";
    }

    private static FileComparison note(String file, String note) {
        return new FileComparison(file, null, null, new FileNote(file, note));
    }

    private static <T> List<T> present(List<FileComparison> comparisons, Function<FileComparison, T> part) {
        return comparisons.stream().map(part).filter(Objects::nonNull).toList();
    }
}
