package io.leadrules.rules.engine;

import io.leadrules.rules.model.ReasonLanguages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the translation columns of a table ({@code Reason (es)}), of every kind, shipped or a developer's: the header
 * names a known ISO 639-1 language once, the table has the Reason column it translates (the default language, which
 * an answer falls back to), and every translation is one line of reasonable length. A header is data: anything that
 * starts like {@code Reason (} and is not a known code is refused naming its cell, never guessed at.
 */
final class LanguageColumns {

    /** As long as a model table's Reason cell may be. */
    static final int MAX_TEXT = 2_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private LanguageColumns() {
    }

    static List<CompileProblem> check(DecisionTable table) {
        List<CompileProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DecisionTable.Column column : table.columns()) {
            if (table.isLanguageColumn(column)) {
                header(table, column, seen).ifPresentOrElse(message -> problems.add(inCell(table,
                        table.headerCell(column), message)), () -> values(table, column, problems));
            }
        }
        return problems;
    }

    private static Optional<CompileMessage> header(DecisionTable table, DecisionTable.Column column, Set<String> seen) {
        Optional<String> language = ReasonLanguages.languageOf(column.header());
        if (language.isEmpty()) {
            return Optional.of(CompileMessage.of("language.badHeader", shown(column.header())));
        }
        if (!seen.add(language.get())) {
            return Optional.of(CompileMessage.of("language.twice", language.get()));
        }
        if (table.reasonColumn().isEmpty()) {
            return Optional.of(CompileMessage.of("language.noReason", language.get()));
        }
        return Optional.empty();
    }

    private static void values(DecisionTable table, DecisionTable.Column column, List<CompileProblem> problems) {
        for (DecisionTable.Row row : table.rows()) {
            String value = row.value(column);
            if (value == null) {
                continue;
            }
            String cell = DecisionTable.cell(column, row);
            if (CONTROL.matcher(value.strip()).find()) {
                problems.add(inCell(table, cell, CompileMessage.of("cell.controlCharacters", shown(value))));
            } else if (value.length() > MAX_TEXT) {
                problems.add(inCell(table, cell, CompileMessage.of("cell.tooLong", value.length(), MAX_TEXT)));
            }
        }
    }

    /** The first characters of a text quoted in a message, control characters shown as '?'. */
    private static String shown(String text) {
        String visible = UNPRINTABLE.matcher(text.strip()).replaceAll("?");
        return visible.length() <= 40 ? visible : visible.substring(0, 40);
    }

    private static CompileProblem inCell(DecisionTable table, String cell, CompileMessage message) {
        return CompileProblem.inCell(table.file(), table.sheet(), cell, message);
    }
}
