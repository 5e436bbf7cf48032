package io.leadrules.app.audit;

import java.util.List;

/**
 * One page of audit entries, in the order they were written: the list shape every list of the API answers with.
 * {@code page} is null when the page was asked for by {@code cursor}; {@code next} links the following page (by
 * cursor), null on the last.
 */
public record AuditEventPage(List<AuditEvent> items, Integer page, int size, long total, String next) {

    AuditEventPage withNext(String link) {
        return new AuditEventPage(items, page, size, total, link);
    }
}
