package io.leadrules.rules.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns a scenario file may have. Headers match ignoring case, spaces, underscores and hyphens:
 * "Expect funnel stage", "expect_funnel_stage" and "expectFunnelStage" are the same column. Public because a
 * backtest dataset names the lead's members and its activities with the same columns.
 */
public enum ScenarioColumn {
    NAME("name"), DESCRIPTION("description"), AS_OF("asOf"),
    EXTERNAL_ID("externalId"), FIRST_NAME("firstName"), LAST_NAME("lastName"), EMAIL("email"), PHONE("phone"),
    COMPANY("company"), JOB_TITLE("jobTitle"), INDUSTRY("industry"), COMPANY_SIZE("companySize"),
    ANNUAL_REVENUE("annualRevenue"), COUNTRY("country"), SOURCE("source"), LEAD_MAGNET("leadMagnet"),
    PRODUCT_INTEREST("productInterest"), CONSENT("consent"), PROFILING_OBJECTION("profilingObjection"),
    ACTIVITIES("activities"),
    EXPECT_VALID("expectValid"), EXPECT_GRADE("expectGrade"), EXPECT_TEMPERATURE("expectTemperature"),
    EXPECT_STAGE("expectStage"), EXPECT_FUNNEL_STAGE("expectFunnelStage"), EXPECT_PRIORITY("expectPriority"),
    EXPECT_NEXT_ACTIONS("expectNextActions"), EXPECT_SCORE("expectScore"), EXPECT_FIT_SCORE("expectFitScore"),
    EXPECT_ENGAGEMENT_SCORE("expectEngagementScore"), EXPECT_FINDINGS("expectFindings"), MUST_FIRE("mustFire"),
    MUST_NOT_FIRE("mustNotFire");

    private final String header;

    ScenarioColumn(String header) {
        this.header = header;
    }

    /** The header as documented: {@code expectFunnelStage}. */
    public String header() {
        return header;
    }

    public static Optional<ScenarioColumn> forHeader(String text) {
        String key = normalise(text);
        return Arrays.stream(values()).filter(column -> normalise(column.header).equals(key)).findFirst();
    }

    /** Lower case without blanks, underscores and hyphens. */
    public static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\uFEFF_-]", "");
    }

    /** Whether the column describes the lead: a member or its activities (not a name, instant or expectation). */
    public boolean describesLead() {
        return compareTo(EXTERNAL_ID) >= 0 && compareTo(ACTIVITIES) <= 0;
    }

    static String allHeaders() {
        return Arrays.stream(values()).map(ScenarioColumn::header).collect(Collectors.joining(", "));
    }
}
