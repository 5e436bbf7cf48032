package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.Mover;
import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import io.leadrules.app.simulation.ImpactReport.ScoreShift;
import io.leadrules.app.simulation.ImpactReport.Transition;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of a real draft against the shipped rules: version "2" is the shipped set with two edits, a lower MQL
 * threshold (score 30, not 40) and 10 points for a fit category no row matches (not 0). Four leads, no activities:
 * <ul>
 *   <li>Ana, ideal persona: every category matches, score 43 either way, MQL;</li>
 *   <li>a zookeeper (no Role row matches): fit 61 -> 71, score 31 -> 36, so LEAD -> MQL and P4 -> P3;</li>
 *   <li>a student (no Size nor Revenue row matches): fit 19 -> 39, score 10 -> 20, still a LEAD;</li>
 *   <li>Ana without consent: INVALID either way, no score, temperature, grade or priority.</li>
 * </ul>
 */
class DraftImpactTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Consent CONSENTED = new Consent(true, false, "2026-01", null);
    static final UUID ANA = new UUID(0, 1);
    static final UUID ZOOKEEPER = new UUID(0, 2);
    static final UUID STUDENT = new UUID(0, 3);
    static final UUID WITHOUT_CONSENT = new UUID(0, 4);

    static CompiledRuleSet shipped;
    static CompiledRuleSet draft;
    static ImpactReport report;

    @BeforeAll
    static void simulate() {
        shipped = new RuleSetCompiler().compile("1", DefaultRuleSet.files());
        draft = new RuleSetCompiler().compile("2", edited(DefaultRuleSet.files()));
        ImpactTally tally = new ImpactTally();
        Map.of(ANA, ana("Marketing Director", CONSENTED), ZOOKEEPER, ana("Zookeeper", CONSENTED), STUDENT, student(),
                WITHOUT_CONSENT, ana("Marketing Director", new Consent(false, null, null, null)))
                .forEach((id, lead) -> {
                    EvaluationInput input = new EvaluationInput(lead, List.of(), NOW);
                    tally.add(id, shipped.evaluate(input), draft.evaluate(input));
                });
        report = tally.report();
    }

    @AfterAll
    static void close() {
        shipped.close();
        draft.close();
    }

    @Test
    void theLowerThresholdMovesTheZookeeperFromLeadToMql() {
        assertThat(report.leads()).isEqualTo(4);
        assertThat(report.changed()).as("the zookeeper and the student").isEqualTo(2);
        assertThat(report.before().stage()).containsExactly(Map.entry("INVALID", 1), Map.entry("LEAD", 2),
                Map.entry("MQL", 1));
        assertThat(report.after().stage()).containsExactly(Map.entry("INVALID", 1), Map.entry("LEAD", 1),
                Map.entry("MQL", 2));
        assertThat(report.transitions().stage()).containsExactly(new Transition("LEAD", "MQL", 1));
        assertThat(report.transitions().priority()).containsExactly(new Transition("P4", "P3", 1));
        assertThat(report.transitions().temperature()).isEmpty();
        assertThat(report.transitions().grade()).isEmpty();
    }

    @Test
    void anInvalidLeadCountsAsNoneForWhatItDoesNotHave() {
        assertThat(report.before().temperature()).containsExactly(Map.entry("COLD", 2), Map.entry("WARM", 1),
                Map.entry("NONE", 1));
        assertThat(report.before().grade()).containsExactly(Map.entry("A", 1), Map.entry("B", 1), Map.entry("D", 1),
                Map.entry("NONE", 1));
        assertThat(report.after().priority()).containsExactly(Map.entry("P3", 2), Map.entry("P4", 1),
                Map.entry("NONE", 1));
    }

    @Test
    void scoresShiftByNothingFiveAndTenPoints() {
        assertThat(report.scoreShift()).isEqualTo(new ScoreShift(3, new BigDecimal("5.00"), 0, 0, 0, 5, 10, 10, 10,
                0, 0));
    }

    @Test
    void theTopMoversNameTheRulesThatMadeTheDifference() {
        assertThat(report.topMovers()).extracting(Mover::leadId).containsExactly(STUDENT, ZOOKEEPER);
        Mover student = report.topMovers().get(0);
        assertThat(student).isEqualTo(new Mover(STUDENT, 10, 20, 10, "LEAD", "LEAD", "COLD", "COLD",
                List.of(new RuleDifference("FIT-UNKNOWN", 0, 20))));
        Mover zookeeper = report.topMovers().get(1);
        assertThat(List.of(zookeeper.scoreBefore(), zookeeper.scoreAfter(), zookeeper.shift())).containsExactly(31, 36,
                5);
        assertThat(zookeeper.stageBefore() + " -> " + zookeeper.stageAfter()).isEqualTo("LEAD -> MQL");
        assertThat(zookeeper.rules()).containsExactly(
                new RuleDifference("FIT-UNKNOWN", 0, 10),
                new RuleDifference("ACTION-LEAD-TOFU", 0, null),
                new RuleDifference("ACTION-MQL-TOFU", null, 0),
                new RuleDifference("PRIORITY-P3", null, 0),
                new RuleDifference("PRIORITY-P4", 0, null),
                new RuleDifference("STAGE-LEAD", 0, null),
                new RuleDifference("STAGE-MQL-SCORE", null, 0));
    }

    /** The shipped files with the two edits; the decision tables are left as they are. */
    static List<RuleFile> edited(List<RuleFile> files) {
        return files.stream().map(file -> switch (file.name()) {
            case "Qualification.drl" -> replaced(file, "LeadScore( score >= 40 )", "LeadScore( score >= 30 )");
            case "ProfileFit.drl" -> replaced(file, "insert(new FitPoints($category, 0,",
                    "insert(new FitPoints($category, 10,");
            default -> file;
        }).toList();
    }

    private static RuleFile replaced(RuleFile file, String text, String replacement) {
        String drl = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(drl).as(file.name()).contains(text);
        return new RuleFile(file.name(), drl.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
    }

    private static Lead ana(String jobTitle, Consent consent) {
        return new Lead(null, "Ana", "Garcia", "ana@acme-soft.com", "+34 612 345 678", "Acme Soft", jobTitle,
                "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH", "EBOOK", "crm-suite", consent);
    }

    private static Lead student() {
        return new Lead(null, "Liam", "Chen", "liam@icloud.com", null, "University", "Student", "EDUCATION", null,
                null, "GB", "SOCIAL", null, "ANY", new Consent(true, null, null, null));
    }
}
