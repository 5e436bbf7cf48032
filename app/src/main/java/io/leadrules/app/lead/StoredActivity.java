package io.leadrules.app.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored activity of a lead; {@code activityId} is the client's id, unique per lead. {@code activityValue} is the
 * activity's {@code value} (column {@code activity_value}: VALUE is a keyword in H2), {@code properties} the JSON
 * text of its properties (null when it has none).
 */
public record StoredActivity(UUID leadId, String activityId, String type, Instant occurredAt, String detail,
                             BigDecimal activityValue, String properties, Instant receivedAt) {

    /** An activity without a value or properties. */
    public static StoredActivity of(UUID leadId, String activityId, String type, Instant occurredAt, String detail,
                                    Instant receivedAt) {
        return new StoredActivity(leadId, activityId, type, occurredAt, detail, null, null, receivedAt);
    }
}
