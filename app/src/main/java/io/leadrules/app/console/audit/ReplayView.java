package io.leadrules.app.console.audit;

import io.leadrules.app.audit.ReplayResult;
import java.util.List;

/**
 * A replay's outcome as the page shows it: identical, or each member that differs with its recorded and replayed
 * value as JSON text ({@code null} where that side has no such member, which the page says in words).
 */
record ReplayView(boolean identical, String version, List<Difference> differences) {

    record Difference(String member, String recorded, String replayed) {
    }

    static ReplayView of(ReplayResult result) {
        return new ReplayView(result.identical(), result.rulesetVersion(), result.differences().stream()
                .map(difference -> new Difference(difference.path(),
                        difference.recorded() == null ? null : difference.recorded().toString(),
                        difference.replayed() == null ? null : difference.replayed().toString()))
                .toList());
    }
}
