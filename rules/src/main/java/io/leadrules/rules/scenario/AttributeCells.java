package io.leadrules.rules.scenario;

import io.leadrules.rules.model.AttributeDeclaration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values of a row's {@code attributes.<name>} cells. An attribute the version under test declares is read as its
 * declared type, and a cell that does not fit is a {@link RowProblem} naming the cell; an undeclared one is read as
 * what it looks like: a plain number ({@code 320}, {@code -1.5}) as a number, yes/no/true/false as yes/no, anything
 * else as text (as the API keeps an undeclared attribute, and reports it as a finding).
 */
final class AttributeCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    /** A date as a workbook cell gives it: midnight UTC. */
    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00(:00)?Z");

    private AttributeCells() {
    }

    static Map<String, Object> values(List<ScenarioRow.AttributeCell> cells, List<AttributeDeclaration> declared) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ScenarioRow.AttributeCell cell : cells) {
            Optional<AttributeDeclaration> declaration = declared.stream()
                    .filter(d -> d.name().equals(cell.name())).findFirst();
            values.put(cell.name(), declaration.map(d -> typed(cell, d)).orElseGet(() -> guessed(cell.text())));
        }
        return values;
    }

    private static Object guessed(String text) {
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> text;
        };
    }

    private static Object typed(ScenarioRow.AttributeCell cell, AttributeDeclaration declaration) {
        Object value = switch (declaration.type()) {
            case TEXT -> cell.text();
            case NUMBER -> NUMBER.matcher(cell.text()).matches() ? new BigDecimal(cell.text())
                    : fail(cell, declaration, "a number like 320 or 2.5, with '.' for decimals and no separators");
            case YES_NO -> yesNo(cell, declaration);
            case DATE -> date(cell, declaration);
        };
        declaration.problem(value).ifPresent(problem -> {
            throw problem(cell, problem);
        });
        return value;
    }

    private static Boolean yesNo(ScenarioRow.AttributeCell cell, AttributeDeclaration declaration) {
        return switch (cell.text().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> fail(cell, declaration, "yes or no");
        };
    }

    private static String date(ScenarioRow.AttributeCell cell, AttributeDeclaration declaration) {
        var midnight = MIDNIGHT.matcher(cell.text());
        String text = midnight.matches() ? midnight.group(1) : cell.text();
        return AttributeDeclaration.isDate(text) ? text : fail(cell, declaration, "a date written YYYY-MM-DD");
    }

    private static <T> T fail(ScenarioRow.AttributeCell cell, AttributeDeclaration declaration, String what) {
        throw problem(cell, declaration.name() + " is declared as " + declaration.type().word() + ": write "
                + what);
    }

    private static RowProblem problem(ScenarioRow.AttributeCell cell, String problem) {
        return new RowProblem(ScenarioHeader.ATTRIBUTES + cell.name(), "cell " + cell.cell() + " holds '"
                + cell.text() + "': " + problem);
    }
}
