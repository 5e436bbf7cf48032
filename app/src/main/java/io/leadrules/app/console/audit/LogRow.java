package io.leadrules.app.console.audit;

import io.leadrules.app.audit.AuditEvent;
import java.time.LocalDateTime;

/** One audit entry as a row of the log's table; {@code at} in UTC. */
record LogRow(Long sequence, LocalDateTime at, String actor, String action, String subjectType, String subjectId,
              Long block) {

    static LogRow of(AuditEvent event) {
        return new LogRow(event.sequence(), Json.utc(event.instant()), event.actor(), event.action(),
                event.subject() == null ? null : event.subject().type(),
                event.subject() == null ? null : event.subject().id(), event.block());
    }
}
