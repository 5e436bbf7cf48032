package io.leadrules.rules.vocabulary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An activity as the rules see it at the evaluation instant.
 *
 * @param position  its index in the request's {@code activities} list (for findings that name it)
 * @param ageDays   whole days from {@code occurredAt} to {@code asOf}, rounded down; negative after {@code asOf}
 * @param afterAsOf true when it happened after {@code asOf}: it then counts for nothing
 * @param utcDay    the UTC calendar day it happened on
 * @param value     its value (seconds, pages, an amount); 0 when it has none ({@code hasValue} false)
 */
public record AgedActivity(int position, String id, String type, Instant occurredAt, String detail,
                           long ageDays, boolean afterAsOf, LocalDate utcDay, double value, boolean hasValue) {

    public AgedActivity {
        ResultText.check(id, type, detail);
    }

    public AgedActivity(int position, String id, String type, Instant occurredAt, String detail, long ageDays,
                        boolean afterAsOf, LocalDate utcDay) {
        this(position, id, type, occurredAt, detail, ageDays, afterAsOf, utcDay, 0, false);
    }

    public static AgedActivity of(int position, Activity activity, Instant asOf) {
        boolean after = activity.occurredAt().isAfter(asOf);
        long age = Math.floorDiv(Duration.between(activity.occurredAt(), asOf).getSeconds(), 86_400L);
        return new AgedActivity(position, activity.id(), activity.type(), activity.occurredAt(), activity.detail(),
                age, after, activity.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(),
                activity.value() == null ? 0 : activity.value().doubleValue(), activity.value() != null);
    }

    /** True when it happened at most {@code days} whole days before {@code asOf} (and not after it). */
    public boolean withinDays(int days) {
        return !afterAsOf && ageDays <= days;
    }
}
