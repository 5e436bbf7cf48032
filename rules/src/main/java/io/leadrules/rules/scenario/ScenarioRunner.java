package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Runs scenario files against a compiled rule set: the gate a rule version passes before it goes live. Each row is a
 * named lead with its activities and what the rules should answer; the report says per row what passed and what
 * differed.
 *
 * <h2>The file</h2>
 * CSV (RFC 4180, UTF-8 with or without BOM, CRLF or LF, cells separated by ',' or ';': the separator is the one that
 * splits the header line into known column names) or XLSX (the sheet "Scenarios", else the first sheet). Row 1 holds
 * the headers; they match ignoring case, spaces, underscores and hyphens ("Expect funnel stage" is expectFunnelStage).
 * Blank rows are skipped. A file that cannot be read at all throws {@link ScenarioFileException}; a bad row only
 * fails that row.
 *
 * <h2>Input columns</h2>
 * {@code name} (required), {@code description}, {@code asOf} (an ISO-8601 instant; blank is {@link #DEFAULT_AS_OF},
 * fixed so a scenario never changes with the day it runs), the lead's {@code externalId, firstName, lastName, email,
 * phone, company, jobTitle, industry, companySize, annualRevenue, country, source, leadMagnet, productInterest}
 * (blank = not given), {@code consent} (yes, no or none; blank = yes; none = no consent record at all),
 * {@code profilingObjection} (yes or no; blank = no), {@code activities}, and {@code attributes.<name>} for each lead
 * attribute (blank = not given): read as the type the version under test declares for it (a value that does not fit
 * fails the row, naming the cell), or if it declares none, a plain number as a number, yes/no/true/false as yes/no,
 * anything else as text.
 *
 * <h2>Activities</h2>
 * <pre>
 * Events separated by ';'. Each event: TYPE, optionally ' xN' (N events), optionally '=VALUE' (the value of each
 * event: seconds, pages, an amount; 0 or more, '.' for decimals), optionally '@WHEN'.
 *   WHEN is relative to asOf:  -2d (2 days before), -36h, -90m (minutes), +1d (1 day after asOf)
 *        or a range of days:   -1d..-20d  (N events spread evenly from the first offset to the second;
 *                                          each event's distance from the first is rounded down to whole days)
 *        or an instant:        2026-11-20T10:00:00Z
 *   No '@' means at asOf. Types are in capitals (PAGE_VIEW). The activities get the ids s&lt;row&gt;-e1, -e2, ...
 * Example: DEMO_REQUESTED@-2d; EMAIL_OPEN x3@-40d; PAGE_VIEW x5@-1d..-5d; TIME_ON_SITE=320@-2d
 *   = a demo request 2 days ago, 3 email opens 40 days ago, page views 1, 2, 3, 4 and 5 days ago, and 320
 *     (seconds) on the site 2 days ago. PAGE_VIEW x3=60@-1d..-20d is three page views of value 60 each.
 * </pre>
 *
 * <h2>Expectation columns</h2>
 * Blank = not checked; {@code none} = must be null or empty. {@code expectValid} (yes/no), {@code expectGrade},
 * {@code expectTemperature}, {@code expectStage}, {@code expectFunnelStage}, {@code expectPriority} (ignoring case),
 * {@code expectNextActions} (the full list of action codes in order, ';'-separated; here NONE is the action code
 * NONE), {@code expectScore}, {@code expectFitScore}, {@code expectEngagementScore} ({@code 63}, or {@code 60-70}
 * both included), {@code expectFindings} (finding codes that must be present; none = no finding at all),
 * {@code mustFire} and {@code mustNotFire} (rule ids, ';'-separated; an id the rule set does not have fails).
 * The report of a file lists the rules of the set that none of its scenarios fired ({@link
 * ScenarioReport#rulesNotFired()}): a rule no scenario fires is a rule nothing tests.
 * A row must check at least one thing. After an intentional change, {@link ScenarioRebaseline} writes the actual
 * results in as the new expectations.
 */
public final class ScenarioRunner {

    /** The evaluation instant of a scenario whose asOf cell is blank. */
    public static final Instant DEFAULT_AS_OF = Instant.parse("2026-01-15T12:00:00Z");

    /** Runs every scenario file of the rule set, in the order the rule set lists them. */
    public List<ScenarioReport> runAll(CompiledRuleSet rules) {
        return rules.files().stream().filter(RuleFile::isScenarios).map(file -> run(rules, file)).toList();
    }

    /** Runs one scenario file (.csv or .xlsx); a {@link ScenarioFileException} when it cannot be read at all. */
    public ScenarioReport run(CompiledRuleSet rules, RuleFile file) {
        List<ScenarioResult> results = ScenarioSheet.rows(read(file)).stream()
                .map(row -> ScenarioExecution.run(rules, row))
                .toList();
        return ScenarioReport.of(file.name(), results,
                rules.catalog().rules().stream().map(RuleInfo::ruleId).toList());
    }

    private static ScenarioTable read(RuleFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvScenarioReader.read(file.name(), file.content());
        }
        if (name.endsWith(".xlsx")) {
            return XlsxScenarioReader.read(file.name(), file.content());
        }
        throw new ScenarioFileException(file.name(), CompileMessage.of("scenario.notScenarioFile"));
    }
}
