package io.leadrules.rules.vocabulary;

import java.time.Instant;

/** Something the lead did, as a client reports it. The engine turns each into an {@link AgedActivity} fact. */
public record Activity(String id, String type, Instant occurredAt, String detail) {

    public Activity {
        ResultText.check(id, type, detail);
    }
}
