package io.leadrules.rules.engine;

import io.leadrules.rules.model.ReasonLanguages;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Every rule of a compiled rule set with its id, reason, dimension and source, in the order the files list them.
 * Built once per compilation; looked up by rule name while explaining an evaluation.
 */
public final class RuleCatalog {

    private final Map<String, RuleInfo> byName;
    private final Set<String> languages;

    private RuleCatalog(Map<String, RuleInfo> byName) {
        this.byName = byName;
        this.languages = byName.values().stream().flatMap(rule -> rule.reasons().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The languages some rule's reason is translated into ({@code es}), besides the default one (English). */
    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    static RuleCatalog of(List<DrlUnit> units) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (DrlUnit unit : units) {
            describeAll(unit).forEach(rule -> rules.putIfAbsent(rule.name(), rule));
        }
        return new RuleCatalog(rules);
    }

    /** Every rule the unit declares, in order, duplicates included; empty when the DRL does not parse. */
    static List<RuleInfo> describeAll(DrlUnit unit) {
        PackageDescr descr = parse(unit);
        if (descr == null) {
            return List.of();
        }
        return descr.getRules().stream().map(rule -> describe(unit, rule)).toList();
    }

    /** The rule of that name; a rule unknown to the catalog (none, in a compiled set) gets a bare description. */
    public RuleInfo rule(String name) {
        RuleInfo info = byName.get(name);
        return info != null ? info : new RuleInfo(RuleInfo.idOf(name), name, name, "OTHER", null);
    }

    public Collection<RuleInfo> rules() {
        return byName.values();
    }

    /** The first rule with that id. */
    public Optional<RuleInfo> byId(String ruleId) {
        return byName.values().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    static PackageDescr parse(DrlUnit unit) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, unit.drl());
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private static RuleInfo describe(DrlUnit unit, RuleDescr rule) {
        String dimension = RuleInfo.dimensionOf(unit.packageName());
        String reason = annotation(rule, "reason");
        if (unit.isDecisionTable()) {
            return describeRow(unit, rule, dimension, reason);
        }
        String id = RuleInfo.idOf(rule.getName());
        String sentence = rule.getName().substring(id.length()).trim();
        return new RuleInfo(id, rule.getName(), reason != null ? reason : sentence, dimension,
                RuleSource.line(unit.file(), rule.getLine()), translations(rule));
    }

    private static RuleInfo describeRow(DrlUnit unit, RuleDescr rule, String dimension, String reason) {
        Optional<DrlUnit.TableRow> row = unit.spreadsheetRowAt(rule.getLine()).flatMap(unit::tableRow);
        String cell = row.map(r -> r.table().ruleIdColumn()
                        .map(c -> DecisionTable.cell(c, r.row()))
                        .orElse("A" + r.row().number()))
                .orElse(null);
        String rowReason = row.flatMap(r -> r.table().reasonColumn().map(c -> r.row().value(c))).orElse(null);
        return new RuleInfo(RuleInfo.idOf(rule.getName()), rule.getName(), rowReason != null ? rowReason : reason,
                dimension, RuleSource.cell(unit.file(), unit.sheet(), cell),
                row.map(RuleCatalog::translations).orElse(Map.of()));
    }

    /** The row's filled {@code Reason (xx)} cells by language; an empty cell falls back to the Reason column. */
    private static Map<String, String> translations(DrlUnit.TableRow row) {
        Map<String, String> reasons = new LinkedHashMap<>();
        row.table().languageColumns().forEach((language, column) -> {
            String value = row.row().value(column);
            if (value != null && !value.isBlank()) {
                reasons.put(language, value.strip());
            }
        });
        return reasons;
    }

    /** A DRL rule's {@code @reason_es("...")} annotations by language; another {@code @reason_xx} is not read. */
    private static Map<String, String> translations(RuleDescr rule) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String name : rule.getAnnotationNames()) {
            ReasonLanguages.ofAnnotation(name).ifPresent(language -> {
                String text = annotation(rule, name);
                if (text != null && !text.isBlank()) {
                    reasons.put(language, text);
                }
            });
        }
        return reasons;
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getSingleValue() == null) {
            return null;
        }
        String value = annotation.getSingleValue().toString().trim();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
