package io.leadrules.app.rescoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * The rescoring job and its nightly schedule, under {@code leadrules.rescoring}. A member left out gets its default.
 *
 * @param scheduleEnabled whether the nightly schedule runs (default true; tests turn it off)
 * @param cron            when it runs, a Spring cron expression in UTC: second minute hour day month weekday
 *                        (default {@code 0 0 2 * * *}, 02:00 UTC every day)
 * @param pageSize        leads read and rescored per page, the most a job holds at once (default 500)
 */
@ConfigurationProperties("leadrules.rescoring")
public record RescoringSettings(Boolean scheduleEnabled, String cron, Integer pageSize) {

    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final int DEFAULT_PAGE_SIZE = 500;

    public RescoringSettings {
        scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
        cron = cron == null ? DEFAULT_CRON : cron;
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("leadrules.rescoring.cron must be a cron expression of six fields "
                    + "(second minute hour day month weekday), such as \"" + DEFAULT_CRON + "\", not \"" + cron + "\"");
        }
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (pageSize <= 0) {
            throw new IllegalArgumentException("leadrules.rescoring.page-size must be more than 0, not " + pageSize);
        }
    }

    public static RescoringSettings defaults() {
        return new RescoringSettings(null, null, null);
    }
}
