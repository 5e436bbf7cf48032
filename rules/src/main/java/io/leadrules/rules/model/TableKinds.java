package io.leadrules.rules.model;

import static io.leadrules.rules.model.ColumnTemplate.action;
import static io.leadrules.rules.model.ColumnTemplate.condition;
import static io.leadrules.rules.model.ColumnTemplate.name;
import static io.leadrules.rules.model.ColumnTemplate.reason;
import static io.leadrules.rules.model.ColumnTemplate.role;
import static io.leadrules.rules.model.ValueKind.FIELD;
import static io.leadrules.rules.model.ValueKind.LIST;
import static io.leadrules.rules.model.ValueKind.NAME;
import static io.leadrules.rules.model.ValueKind.NUMBER;
import static io.leadrules.rules.model.ValueKind.RULE_ID;
import static io.leadrules.rules.model.ValueKind.TEXT;
import static io.leadrules.rules.model.ValueKind.WHOLE_NUMBER;
import static io.leadrules.rules.model.ValueKind.WORD;

import java.util.List;
import java.util.Optional;

/**
 * Every table kind of the shipped workbooks, written out here rather than read from a workbook: an uploaded workbook
 * is what is checked, so it cannot also be the reference. A change to a shipped table's technical rows is a change to
 * this class, made by a developer and reviewed as code.
 */
public final class TableKinds {

    /** The workbook that holds the model-wide tables: parameters, attributes and mappings. */
    public static final String MODEL_WORKBOOK = "Model.drl.xlsx";
    public static final String PARAMETERS = "Parameters";
    public static final String ATTRIBUTES = "Attributes";
    public static final String MAPPINGS = "Mappings";
    public static final String FIT_WEIGHTS = "FitWeights";
    public static final String FIT = "Fit";
    public static final String ACTIVITY_POINTS = "ActivityPoints";
    public static final String ACTIVITY_WINDOWS = "ActivityWindows";
    /** The template version of every model kind today. */
    public static final int MODEL_TEMPLATE = 1;

    private static final String RULE = "drools.getRule().getName()";
    private static final String LEAD = "l : Lead";

    private static final List<TableKind> KINDS = List.of(
            dataQuality("DisposableDomains", isOneOf("emailDomain()"), finding("EMAIL_DISPOSABLE", "\"lead.email\"", "ERROR")),
            dataQuality("FreeDomains", isOneOf("emailDomain()"), finding("EMAIL_FREE_DOMAIN", "\"lead.email\"", "WARNING")),
            dataQuality("JunkWords", "$member : memberEqualTo(\"$param\"), memberEqualTo(\"$param\") != null",
                    finding("TEST_LEAD", "$member", "ERROR")),
            engagement("Points", name(), condition("t : ActivityType", 1, "name == \"$param\"", TEXT),
                    action("insert(new ActivityPoints(t.name(), $param, " + RULE + "));", NUMBER),
                    action("insert(new ActivityCap(t.name(), $param, " + RULE + "));", NUMBER), reason()),
            engagement("Decay", name(), condition("a : AgedActivity", 2, "ageDays >= $param", NUMBER),
                    condition("ageDays <= $param", NUMBER),
                    action("insert(DecayedActivity.of(a, $param, " + RULE + "));", NUMBER), reason()),
            engagement("Signals", name(), condition("s : ActivitySummary", 2, "pageViewsLast30Days >= $param", NUMBER),
                    condition("activeDaysLast30Days >= $param", NUMBER),
                    condition(LEAD, 1, isOneOf("leadMagnet"), TEXT), action("String signal = \"$param\";", TEXT),
                    action("insert(new EngagementPoints(signal, $param, " + RULE + ", \"motivation signal\"));", NUMBER),
                    reason()),
            kind("LeadScore.drl.xlsx", "leadrules.score", "score", "Weights", name(),
                    action("String dimension = \"$param\";", TEXT),
                    action("insert(new ScoreWeight(dimension, $param, " + RULE + "));", NUMBER), reason()),
            kind("Qualification.drl.xlsx", "leadrules.qualification", "qualification", "Temperature", name(),
                    condition("s : LeadScore", 2, "score >= $param", NUMBER), condition("score <= $param", NUMBER),
                    action("insert(new Temperature(\"$param\", " + RULE + "));", TEXT), reason()),
            kind("NextAction.drl.xlsx", "leadrules.next_action", "next_action", "Actions", name(),
                    condition("st : Stage", 1, isOneOf("value"), TEXT), condition("f : FunnelStage", 1, isOneOf("value"), TEXT),
                    action("String action = \"$param\";", TEXT),
                    action("insert(new Recommendation(1, action, \"$param\", " + RULE + "));", TEXT), reason()),
            fit("Weights", name(), action("String category = \"$param\";", TEXT), action("String field = \"$param\";", TEXT),
                    action("insert(new FitCategory(category, $param, field, " + RULE + "));", NUMBER), reason()),
            fit("Role", name(), condition(LEAD, 1, "Text.containsAnyWord(jobTitle, \"$param\")", TEXT), fitMatch("ROLE"),
                    reason()),
            fit("CompanySize", name(), condition(LEAD, 2, "companySize >= $param", NUMBER),
                    condition("companySize < $param", NUMBER), fitMatch("COMPANY_SIZE"), reason()),
            fit("Industry", name(), condition(LEAD, 1, isOneOf("industry"), TEXT), fitMatch("INDUSTRY"), reason()),
            fit("Revenue", name(), condition(LEAD, 2, "annualRevenue >= $param", NUMBER),
                    condition("annualRevenue < $param", NUMBER), fitMatch("REVENUE"), reason()),
            fit("Need", name(), condition(LEAD, 2, isOneOf("productInterest"), TEXT),
                    condition("!" + isOneOf("productInterest"), TEXT), fitMatch("NEED"), reason()),
            fit("Source", name(), condition(LEAD, 1, isOneOf("source"), TEXT), fitMatch("SOURCE"), reason()),
            fit("Grades", name(), condition("s : FitScore", 2, "score >= $param", NUMBER), condition("score <= $param", NUMBER),
                    action("insert(new Grade(\"$param\", " + RULE + "));", TEXT), reason()),
            model(MODEL_WORKBOOK, "leadrules.model", PARAMETERS, role("PARAMETER", NAME), role("TYPE", WORD),
                    role("VALUE", TEXT), role("MEANING", TEXT)),
            model(MODEL_WORKBOOK, "leadrules.model", ATTRIBUTES, role("ATTRIBUTE", NAME), role("TYPE", WORD),
                    role("ALLOWED", LIST), role("DESCRIPTION", TEXT)),
            model(MODEL_WORKBOOK, "leadrules.model", MAPPINGS, role("RULE_ID", RULE_ID), role("FIELD", FIELD),
                    role("SENT", LIST), role("MEANS", TEXT), role("REASON", TEXT)),
            model("ProfileFit.drl.xlsx", "leadrules.fit", FIT_WEIGHTS, role("RULE_ID", RULE_ID),
                    role("CATEGORY", NAME), role("WEIGHT", WHOLE_NUMBER), role("REASON", TEXT)),
            model("ProfileFit.drl.xlsx", "leadrules.fit", FIT, role("RULE_ID", RULE_ID), role("CATEGORY", NAME),
                    role("FIELD", FIELD), role("TEST", WORD), role("VALUES", LIST), role("MATCH", WHOLE_NUMBER),
                    role("POINTS", WHOLE_NUMBER), role("REASON", TEXT)),
            model("EngagementPoints.drl.xlsx", "leadrules.engagement", ACTIVITY_POINTS, role("RULE_ID", RULE_ID),
                    role("TYPE", NAME), role("PER_EVENT", WHOLE_NUMBER), role("PER_UNIT", WHOLE_NUMBER),
                    role("UNIT", NUMBER), role("CAP", WHOLE_NUMBER), role("REASON", TEXT)),
            model("EngagementPoints.drl.xlsx", "leadrules.engagement", ACTIVITY_WINDOWS, role("RULE_ID", RULE_ID),
                    role("LINE", NAME), role("TYPES", LIST), role("MEASURE", WORD), role("WITHIN_DAYS", WHOLE_NUMBER),
                    role("AT_LEAST", NUMBER), role("LESS_THAN", NUMBER), role("POINTS", WHOLE_NUMBER),
                    role("REASON", TEXT)));

    private TableKinds() {
    }


    public static List<TableKind> all() {
        return KINDS;
    }

    /** The kind of a table, by the package its sheet's RuleSet cell names and the name after {@code RuleTable}. */
    public static Optional<TableKind> find(String ruleSet, String tableName) {
        if (ruleSet == null || tableName == null) {
            return Optional.empty();
        }
        return KINDS.stream()
                .filter(k -> k.ruleSet().equals(ruleSet.trim()) && k.tableName().equals(tableName.trim()))
                .findFirst();
    }

    private static TableKind kind(String workbook, String ruleSet, String group, String table, ColumnTemplate... columns) {
        return new TableKind(workbook, ruleSet, group, table, List.of(columns), 0);
    }

    private static TableKind model(String workbook, String ruleSet, String table, ColumnTemplate... columns) {
        return new TableKind(workbook, ruleSet, ruleSet.substring(ruleSet.indexOf('.') + 1), table, List.of(columns),
                MODEL_TEMPLATE);
    }

    private static TableKind dataQuality(String table, String condition, String action) {
        return kind("DataQualityLists.drl.xlsx", "leadrules.data_quality", "data_quality", table, name(),
                condition(LEAD, 1, condition, TEXT), action(action, TEXT));
    }

    private static TableKind engagement(String table, ColumnTemplate... columns) {
        return kind("EngagementPoints.drl.xlsx", "leadrules.engagement", "engagement", table, columns);
    }

    private static TableKind fit(String table, ColumnTemplate... columns) {
        return kind("ProfileFit.drl.xlsx", "leadrules.fit", "fit", table, columns);
    }

    private static String isOneOf(String field) {
        return "Text.isOneOf(" + field + ", \"$param\")";
    }

    private static String finding(String type, String field, String severity) {
        return "insert(new Finding(\"" + type + "\", " + field + ", Severity." + severity + ", \"$param\", " + RULE + "));";
    }

    private static ColumnTemplate fitMatch(String category) {
        return action("insert(new FitMatch(\"" + category + "\", $param, " + RULE + "));", NUMBER);
    }
}
