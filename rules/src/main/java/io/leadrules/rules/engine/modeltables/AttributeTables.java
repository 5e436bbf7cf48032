package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import io.leadrules.rules.vocabulary.LeadFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the Attributes tables: the lead attributes a rule version declares. */
final class AttributeTables {

    /** The most attributes one version may declare. */
    static final int MAX_ATTRIBUTES = 100;

    private AttributeTables() {
    }

    static Map<String, AttributeDeclaration> read(List<DecisionTable> tables, TableReading cells) {
        Map<String, AttributeDeclaration> declared = new LinkedHashMap<>();
        for (DecisionTable table : tables) {
            for (DecisionTable.Row row : table.rows()) {
                read(cells, table, row).ifPresent(d -> add(declared, d, cells, table, row));
            }
        }
        return declared;
    }

    private static void add(Map<String, AttributeDeclaration> declared, AttributeDeclaration declaration,
                            TableReading cells, DecisionTable table, DecisionTable.Row row) {
        if (declared.containsKey(declaration.name())) {
            cells.problem(table, row, "ATTRIBUTE", CompileMessage.of("attribute.duplicate", declaration.name(),
                    declared.get(declaration.name()).source()));
        } else if (declared.size() == MAX_ATTRIBUTES) {
            cells.problem(table, row, "ATTRIBUTE", CompileMessage.of("attribute.tooMany", MAX_ATTRIBUTES));
        } else {
            declared.put(declaration.name(), declaration);
        }
    }

    private static Optional<AttributeDeclaration> read(TableReading cells, DecisionTable table, DecisionTable.Row row) {
        String name = cells.required(table, row, "ATTRIBUTE", "attributeName");
        String typeWord = cells.required(table, row, "TYPE", "attributeType");
        if (name == null || typeWord == null) {
            return Optional.empty();
        }
        if (!AttributeDeclaration.NAME.matcher(name).matches()) {
            return Optional.ofNullable(cells.problem(table, row, "ATTRIBUTE",
                    CompileMessage.of("attribute.badName", name)));
        }
        if (LeadFields.isReserved(name)) {
            return Optional.ofNullable(cells.problem(table, row, "ATTRIBUTE",
                    CompileMessage.of("attribute.reserved", name)));
        }
        Optional<AttributeType> type = AttributeType.fromWord(typeWord);
        if (type.isEmpty()) {
            return Optional.ofNullable(cells.problem(table, row, "TYPE", CompileMessage.of("attribute.badType",
                    typeWord, String.join(", ", Arrays.stream(AttributeType.values()).map(AttributeType::word).toList()))));
        }
        List<String> allowed = new ArrayList<>(cells.list(table, row, "ALLOWED"));
        if (!allowed.isEmpty() && type.get() != AttributeType.TEXT) {
            cells.problem(table, row, "ALLOWED", CompileMessage.of("attribute.allowedNotText"));
        }
        return Optional.of(new AttributeDeclaration(name, type.get(), allowed, cells.text(table, row, "DESCRIPTION"),
                TableReading.where(table, row, "ATTRIBUTE")));
    }
}
