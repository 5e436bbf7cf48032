package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.model.AttributeDeclaration;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a rule version: those typed in its Parameters tables, and those worked out from its other
 * tables ({@link #DERIVED}), which DRL files use to stay in step with the tables ("the activity types the Points
 * table scores").
 */
final class Parameters {

    /** The parameters LeadRules works out from the tables; no Parameters row may take these names. */
    static final List<String> DERIVED = List.of("knownActivityTypes", "positiveActivityTypes", "declaredAttributes",
            "fitCategories");

    private final Map<String, Parameter> byName = new LinkedHashMap<>();

    static Parameters read(List<DecisionTable> tables, List<CompileProblem> problems) {
        Parameters parameters = new Parameters();
        TableReading cells = new TableReading(problems, parameters);
        for (DecisionTable table : tables) {
            for (DecisionTable.Row row : table.rows()) {
                parameters.readRow(cells, table, row);
            }
        }
        return parameters;
    }

    private void readRow(TableReading cells, DecisionTable table, DecisionTable.Row row) {
        String name = cells.required(table, row, "PARAMETER", "parameterName");
        String typeWord = cells.required(table, row, "TYPE", "parameterType", ParameterType.words());
        String value = cells.text(table, row, "VALUE");
        if (name == null || typeWord == null) {
            return;
        }
        if (!AttributeDeclaration.NAME.matcher(name).matches() || DERIVED.contains(name)) {
            cells.problem(table, row, "PARAMETER", CompileMessage.of(DERIVED.contains(name)
                    ? "parameter.derivedName" : "parameter.badName", name));
            return;
        }
        Optional<ParameterType> type = ParameterType.fromWord(typeWord);
        if (type.isEmpty()) {
            cells.problem(table, row, "TYPE", CompileMessage.of("parameter.badType", typeWord,
                    ParameterType.words()));
            return;
        }
        String checked = checkedValue(cells, table, row, type.get(), value);
        if (checked != null && byName.putIfAbsent(name, new Parameter(name, type.get(), checked,
                TableReading.where(table, row, "VALUE"))) != null) {
            cells.problem(table, row, "PARAMETER", CompileMessage.of("parameter.duplicate", name,
                    byName.get(name).where()));
        }
    }

    private static String checkedValue(TableReading cells, DecisionTable table, DecisionTable.Row row,
                                       ParameterType type, String value) {
        if (value == null) {
            return type == ParameterType.LIST || type == ParameterType.TEXT ? ""
                    : cells.problem(table, row, "VALUE", CompileMessage.of("empty.parameterValue"));
        }
        return switch (type) {
            case NUMBER -> cells.number(value, table, row, "VALUE").map(BigDecimal::toPlainString).orElse(null);
            case YES_NO -> value.matches("(?i)yes|no|true|false") ? value
                    : cells.problem(table, row, "VALUE", CompileMessage.of("parameter.notYesNo", value));
            case TEXT, LIST -> value;
        };
    }

    void derive(String name, Collection<String> values, String how) {
        byName.put(name, new Parameter(name, ParameterType.LIST, String.join(", ", values), how));
    }

    Optional<Parameter> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Collection<Parameter> all() {
        return byName.values();
    }
}
