package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Something the lead did, as a client reports it. The engine turns each into an {@link AgedActivity} fact.
 *
 * @param value      how much of it there was, when the type has a measure (seconds on the site, pages, an amount);
 *                   null when it has none
 * @param properties what else the client said about it (the page, the campaign), by name; never null
 */
public record Activity(String id, String type, Instant occurredAt, String detail, BigDecimal value,
                       Map<String, String> properties) {

    public Activity {
        ResultText.check(id, type, detail);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        properties.values().forEach(ResultText::check);
    }

    /** An activity without a value or properties. */
    public Activity(String id, String type, Instant occurredAt, String detail) {
        this(id, type, occurredAt, detail, null, Map.of());
    }
}
