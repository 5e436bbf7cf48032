package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The strong {@code ETag}s of rule versions, and the {@code If-Match} check of the requests that change one
 * (activation, rollback, delete). A version's tag covers its files (content hash), its status and how many times it
 * was made live, so it changes with every status change and every approval. The tag of its review covers the live
 * version too: an approver who sends it back approves exactly the comparison they read, and a new live version since
 * is a 412, not a silent approval of a different comparison.
 */
@Component
class RuleVersionTags {

    private final RuleVersionStore store;

    RuleVersionTags(RuleVersionStore store) {
        this.store = store;
    }

    /** The version's tag, quoted as the {@code ETag} header carries it. */
    String of(RuleVersionRecord version) {
        return tag(version.id(), version.id() + "|" + version.contentHash() + "|" + version.status() + "|"
                + store.activations(version.id()).size());
    }

    /** The tag of the version's review against {@code live}: it changes when either does. */
    String review(RuleVersionRecord version, RuleVersionRecord live) {
        return tag(version.id(), of(version) + "|review|" + live.id() + "|" + of(live));
    }

    /**
     * Refuses with 412 unless {@code ifMatch} is absent, {@code *}, or lists the version's tag or its review's.
     * Called under the lock of the change, so that nothing changes between the check and the change.
     */
    void check(String ifMatch, RuleVersionRecord version, RuleVersionRecord live) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(version);
        String reviewed = review(version, live);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(sent -> sent.equals(current) || sent.equals(reviewed));
        if (!matches) {
            throw new ProblemException(RuleSetProblem.PRECONDITION_FAILED, "If-Match " + ifMatch.trim() + " is not "
                    + "the current ETag of rule version " + version.versionId() + " (" + current + ", status "
                    + version.status() + ") nor of its review against live version " + live.versionId() + " ("
                    + reviewed + "). Nothing changed.").with("rulesetVersion", version.versionId())
                    .with("etag", current);
        }
    }

    private static String tag(long id, String state) {
        return "\"" + id + "-" + Sha256.of(state.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + "\"";
    }
}
