package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Lead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Mappings tables of a rule version: per field, the values integrations send and what the rules read them as,
 * matched ignoring case and surrounding blanks. Applied to a copy of the lead at evaluation, under the version that
 * evaluates: the stored lead keeps the value as sent.
 */
public final class FieldMappings {

    public static final FieldMappings NONE = new FieldMappings(Map.of());

    /** field -> lower-case sent value -> the row that maps it. */
    private final Map<String, Map<String, Row>> byField;

    record Row(String ruleId, String means, String file, String sheet, String cell) {
    }

    FieldMappings(Map<String, Map<String, Row>> byField) {
        this.byField = byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The values (lower case) a mapping reads as something else for this field. */
    public List<String> sentValues(String field) {
        return List.copyOf(byField.getOrDefault(field, Map.of()).keySet());
    }

    /** The input with every mapped field replaced, and what was replaced. */
    public Mapped apply(EvaluationInput input) {
        if (byField.isEmpty()) {
            return new Mapped(input, List.of());
        }
        Lead lead = input.lead();
        List<AppliedMapping> applied = new ArrayList<>();
        for (Map.Entry<String, Map<String, Row>> field : byField.entrySet()) {
            String sent = lead.text(field.getKey());
            Row row = sent == null ? null : field.getValue().get(key(sent));
            if (row != null && !row.means().equals(sent)) {
                lead = lead.with(field.getKey(), row.means());
                applied.add(new AppliedMapping(row.ruleId(), field.getKey(), sent, row.means(), row.file(),
                        row.sheet(), row.cell()));
            }
        }
        return new Mapped(applied.isEmpty() ? input : new EvaluationInput(lead, input.activities(), input.asOf()),
                List.copyOf(applied));
    }

    static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    /** The input the rules see, and the mappings that made it. */
    public record Mapped(EvaluationInput input, List<AppliedMapping> applied) {
    }

    static final class Builder {
        private final Map<String, Map<String, Row>> byField = new LinkedHashMap<>();

        /** A row that contradicts an earlier one: the column to name and why. */
        record Clash(String role, CompileMessage message) {
        }

        /**
         * Adds the row's values; a clash when an earlier row of the field already maps one of them, or maps the row's
         * meaning to another (a value is read once: "other" read as "google" would never become what "google" means).
         */
        Clash add(String field, List<String> sent, String means, Row row) {
            Map<String, Row> values = byField.computeIfAbsent(field, f -> new LinkedHashMap<>());
            String ruleId = row.ruleId();
            Row meant = values.get(key(means));
            if (meant != null && !meant.ruleId().equals(ruleId) && !meant.means().equals(means)) {
                return new Clash("MEANS", CompileMessage.of("mapping.chained", means, meant.means(), meant.ruleId()));
            }
            for (String value : sent) {
                Row earlier = values.putIfAbsent(key(value), row);
                if (earlier != null && !earlier.ruleId().equals(ruleId)) {
                    return new Clash("SENT", CompileMessage.of("mapping.duplicate", value, earlier.ruleId()));
                }
            }
            values.putIfAbsent(key(means), row);
            return null;
        }

        FieldMappings build() {
            return byField.isEmpty() ? NONE : new FieldMappings(java.util.Collections.unmodifiableMap(byField));
        }
    }
}
