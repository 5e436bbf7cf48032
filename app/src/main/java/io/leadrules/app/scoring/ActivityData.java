package io.leadrules.app.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Something the lead did. {@code type} and {@code occurredAt} are required; a well-formed type the rules do not
 * know is scored 0 with a warning, a malformed one is an error. {@code value} is how much of it there was (seconds,
 * pages, an amount; a JSON number), {@code properties} what else is known about it, by lowerCamel name, as texts
 * ({@link CustomDataCheck} judges them).
 */
public record ActivityData(
        @Size(max = Limits.ID, message = Limits.TOO_LONG) String id,
        @NotNull(message = "is required: the kind of activity, for example PAGE_VIEW")
        @Size(max = Limits.CODE, message = Limits.TOO_LONG)
        @Pattern(regexp = Limits.ACTIVITY_TYPE,
                message = "must be UPPER_SNAKE_CASE, for example DEMO_REQUESTED: capital letters, digits and "
                        + "single underscores, starting with a letter")
        String type,
        @NotNull(message = "is required: when it happened, as an ISO-8601 instant such as 2026-11-20T10:00:00Z")
        Instant occurredAt,
        @Size(max = Limits.DETAIL, message = Limits.TOO_LONG) String detail,
        BigDecimal value,
        Map<String, String> properties) {
}
