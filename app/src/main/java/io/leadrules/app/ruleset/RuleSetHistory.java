package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The rule versions the service can evaluate with, by version or by the instant they were live. Replaying a decision
 * and scoring a lead as of a past instant go through here, never through {@link ActiveRuleSet} directly.
 * <p>
 * Today only the shipped set (version 1) exists and it has been live since the service first started, so both
 * questions are answered by the active set. Stored rule versions (a later issue) will back this class with their
 * history; its callers need not change.
 */
@Component
public class RuleSetHistory {

    private final ActiveRuleSet active;

    RuleSetHistory(ActiveRuleSet active) {
        this.active = active;
    }

    /**
     * The compiled set of this version whose files hash to {@code contentHash}; a 409 problem when the service has no
     * such set (an unknown version, or the same version number with different files).
     */
    public CompiledRuleSet version(String version, String contentHash) {
        CompiledRuleSet current = active.current();
        if (!current.version().equals(version)) {
            throw unavailable(version, "Rule version " + version + " is not available: this service knows only "
                    + "version " + current.version() + ".");
        }
        if (!Objects.equals(current.contentHash(), contentHash)) {
            throw unavailable(version, "Rule version " + version + " is available, but its files have changed since "
                    + "(content hash " + current.contentHash() + ", not " + contentHash + "): replaying with them "
                    + "would not reproduce the decision.");
        }
        return current;
    }

    /** The set that was live at the instant: the shipped set, the only one so far. */
    public CompiledRuleSet liveAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return active.current();
    }

    private static ProblemException unavailable(String version, String detail) {
        return new ProblemException(ProblemType.RULESET_VERSION_UNAVAILABLE, detail).with("rulesetVersion", version);
    }
}
