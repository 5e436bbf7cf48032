package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.ValidationWarning;
import io.leadrules.rules.model.AttributeDeclaration;
import java.util.List;

/**
 * What the model tables of a rule version come to: the DRL written for their sheets, the attributes it declares, its
 * mappings, and its parameters, which {@link #substitute} inlines into DRL files where they write {@code ${name}}.
 */
public final class ModelTranslation {

    /** A rule set without model tables. */
    public static final ModelTranslation NONE = new ModelTranslation(List.of(), List.of(), FieldMappings.NONE,
            new Parameters(), List.of());

    private final List<GeneratedSheet> sheets;
    private final List<AttributeDeclaration> attributes;
    private final FieldMappings mappings;
    private final Parameters parameters;
    private final List<ValidationWarning> warnings;

    ModelTranslation(List<GeneratedSheet> sheets, List<AttributeDeclaration> attributes, FieldMappings mappings,
                     Parameters parameters, List<ValidationWarning> warnings) {
        this.sheets = List.copyOf(sheets);
        this.attributes = List.copyOf(attributes);
        this.mappings = mappings;
        this.parameters = parameters;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * What the model checks found that compiles but is probably not meant, each at its cell: a Fit row that can never
     * count, a weighted category without Fit rows, a declared attribute nothing reads.
     */
    public List<ValidationWarning> warnings() {
        return warnings;
    }

    public List<GeneratedSheet> sheets() {
        return sheets;
    }

    public List<AttributeDeclaration> attributes() {
        return attributes;
    }

    /** The activity types the ActivityPoints tables score, in table order. */
    public List<String> activityTypes() {
        return derivedList("knownActivityTypes");
    }

    /** The fit categories in the order of the FitWeights tables: the order of the fit breakdown. */
    public List<String> fitCategories() {
        return derivedList("fitCategories");
    }

    private List<String> derivedList(String name) {
        return parameters.find(name).map(p -> p.value().isEmpty() ? List.<String>of()
                : List.of(p.value().split(", "))).orElse(List.of());
    }

    public FieldMappings mappings() {
        return mappings;
    }

    /**
     * The DRL with every {@code ${name}} in its code replaced by the parameter's literal (a number, {@code true}/{@code
     * false} or a quoted, escaped text); line numbers stay those of the file. A name no parameter has, or a reference
     * inside quotes, is a problem at its line; references in comments stay as written ({@link ParameterReferences}).
     */
    public String substitute(String file, String drl, List<CompileProblem> problems) {
        if (!drl.contains("${")) {
            return drl;
        }
        return ParameterReferences.substitute(file, drl,
                name -> parameters.find(name).map(Parameter::literal).orElse(null), problems);
    }
}
