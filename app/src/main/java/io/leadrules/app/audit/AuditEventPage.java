package io.leadrules.app.audit;

import java.util.List;

/** One page of audit entries, in the order they were written: the list shape every list of the API answers with. */
record AuditEventPage(List<AuditEvent> items, int page, int size, long total) {
}
