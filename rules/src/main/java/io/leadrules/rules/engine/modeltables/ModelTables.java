package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.ValidationWarning;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import io.leadrules.rules.model.TableKinds;
import io.leadrules.rules.vocabulary.LeadFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every model table of a rule version, in an order where each table finds what it names: parameters first,
 * then attributes (which fields may name), mappings, weights, and the rows that become rules.
 */
public final class ModelTables {

    private ModelTables() {
    }

    /** @param tables every table of a model kind, from every workbook of the rule version, in file order */
    public static ModelTranslation translate(List<DecisionTable> tables, List<CompileProblem> problems) {
        return translate(tables, List.of(), List.of(), problems);
    }

    /**
     * Reads the model tables, then checks the model as a whole ({@link ModelChecks}): errors go to {@code problems},
     * warnings to {@link ModelTranslation#warnings()}.
     *
     * @param tables         every table of a model kind, from every workbook of the rule version, in file order
     * @param decisionTables the tables of the decision-table kinds (their Grades, Temperature and Decay bands are
     *                       checked)
     * @param drlFiles       the text of every DRL file as written, before parameters are inlined
     */
    public static ModelTranslation translate(List<DecisionTable> tables, List<DecisionTable> decisionTables,
                                             List<String> drlFiles, List<CompileProblem> problems) {
        Parameters parameters = Parameters.read(of(tables, TableKinds.PARAMETERS), problems);
        TableReading cells = new TableReading(problems, parameters);
        Map<String, AttributeDeclaration> attributes = AttributeTables.read(of(tables, TableKinds.ATTRIBUTES), cells);
        FieldMappings mappings = mappings(of(tables, TableKinds.MAPPINGS), cells, attributes);
        FitTables fit = new FitTables(cells, attributes);
        fit.readWeights(of(tables, TableKinds.FIT_WEIGHTS));
        EngagementTables engagement = new EngagementTables(cells);
        engagement.readTypes(of(tables, TableKinds.ACTIVITY_POINTS));
        Map<DecisionTable, String> drl = new LinkedHashMap<>();
        tables.forEach(table -> drl.put(table, write(table, fit, engagement)));
        of(tables, TableKinds.FIT_WEIGHTS).forEach(table -> drl.put(table, fit.weightsDrl(table)));
        parameters.derive("knownActivityTypes", engagement.knownTypes(), "the activity types of the Points table");
        parameters.derive("positiveActivityTypes", engagement.positiveTypes(), "the types that earn points");
        parameters.derive("declaredAttributes", attributes.keySet(), "the attributes the Attributes table declares");
        parameters.derive("fitCategories", fit.weights().keySet(), "the categories of the FitWeights table, in order");
        List<GeneratedSheet> sheets = new ArrayList<>();
        Map<String, DecisionTable> sheetTaken = new LinkedHashMap<>();
        drl.forEach((table, text) -> {
            DecisionTable first = sheetTaken.putIfAbsent(table.file() + "\u0000" + table.sheet(), table);
            if (first != null) {
                problems.add(CompileProblem.inSheet(table.file(), table.sheet(), CompileMessage.of("sheet.twoTables",
                        first.name(), table.name())));
            } else if (text.contains("\nrule ")) {
                sheets.add(new GeneratedSheet(table.file(), table.sheet(), text, List.of(table)));
            }
        });
        List<ValidationWarning> warnings = new ModelChecks(cells, tables, fit).run(engagement, attributes,
                decisionTables, drlFiles);
        return new ModelTranslation(sheets, withMappedValues(attributes, mappings), mappings, parameters, warnings);
    }

    private static String write(DecisionTable table, FitTables fit, EngagementTables engagement) {
        return switch (table.name().trim()) {
            case TableKinds.FIT -> fit.fitDrl(table);
            case TableKinds.ACTIVITY_POINTS -> engagement.pointsDrl(table);
            case TableKinds.ACTIVITY_WINDOWS -> engagement.windowsDrl(table);
            default -> "";
        };
    }

    private static FieldMappings mappings(List<DecisionTable> tables, TableReading cells,
                                          Map<String, AttributeDeclaration> attributes) {
        FieldMappings.Builder builder = new FieldMappings.Builder();
        for (DecisionTable table : tables) {
            for (DecisionTable.Row row : table.rows()) {
                String id = cells.ruleId(table, row);
                String name = cells.required(table, row, "FIELD", "mappingField");
                List<String> sent = cells.list(table, row, "SENT");
                String means = cells.required(table, row, "MEANS", "means");
                Optional<Field> field = mappable(cells, table, row, name, attributes);
                if (field.isPresent() && means != null && !allowed(attributes.get(name), means)) {
                    cells.problem(table, row, "MEANS", CompileMessage.of("mapping.notAllowed", means, name,
                            String.join(", ", attributes.get(name).allowedValues())));
                } else if (id != null && means != null && field.isPresent()) {
                    FieldMappings.Builder.Clash clash = builder.add(name, sent, means, new FieldMappings.Row(id, means,
                            table.file(), table.sheet(), table.cell(row, "RULE_ID")));
                    if (clash != null) {
                        cells.problem(table, row, clash.role(), clash.message());
                    }
                }
            }
        }
        return builder.build();
    }

    private static boolean allowed(AttributeDeclaration declared, String value) {
        return declared == null || declared.allowedValues().isEmpty()
                || declared.allowedValues().stream().anyMatch(v -> v.equalsIgnoreCase(value.trim()));
    }

    /**
     * A text attribute with allowed values also accepts the values a mapping reads as one of them: a client may send
     * "lp" when a mapping reads it as "Landing Page Submission"; the lead keeps "lp" as sent.
     */
    private static List<AttributeDeclaration> withMappedValues(Map<String, AttributeDeclaration> attributes,
                                                               FieldMappings mappings) {
        return attributes.values().stream().map(d -> d.allowedValues().isEmpty() ? d
                : new AttributeDeclaration(d.name(), d.type(), java.util.stream.Stream.concat(d.allowedValues().stream(),
                        mappings.sentValues(d.name()).stream()).distinct().toList(), d.description(), d.source()))
                .toList();
    }

    /** The field a Mappings row names, when a mapping may rewrite it: a text that does not say who the lead is. */
    private static Optional<Field> mappable(TableReading cells, DecisionTable table, DecisionTable.Row row, String name,
                                            Map<String, AttributeDeclaration> attributes) {
        Optional<Field> field = name == null ? Optional.empty() : Field.find(name, attributes);
        CompileMessage why = name == null ? null : field.isEmpty() ? Field.unknown(name)
                : !field.get().attribute() && LeadFields.IDENTITY.contains(name)
                ? CompileMessage.of("mapping.identity", name)
                : field.get().type() != AttributeType.TEXT
                ? CompileMessage.of("mapping.notText", name, field.get().type().word()) : null;
        if (why != null) {
            cells.problem(table, row, "FIELD", why);
        }
        return why == null ? field : Optional.empty();
    }

    private static List<DecisionTable> of(List<DecisionTable> tables, String kind) {
        return tables.stream().filter(t -> kind.equals(t.name().trim())).toList();
    }
}
