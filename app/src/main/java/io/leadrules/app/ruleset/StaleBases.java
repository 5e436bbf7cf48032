package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * No lost updates: a draft goes live only on top of the version it started from. Two people who both start from the
 * live version 1 each upload a draft; once the first is live, the second would silently drop the first one's change,
 * so its activation is a 409 naming both versions, unless the request says which live version it replaces on purpose
 * ({@code ?replaces=}, itself refused unless it names the live version).
 *
 * <p>A draft's base is the first version in its chain of {@code basedOn} that was ever live: a draft based on another
 * draft (an accepted scenario baseline, a fix of a fix) starts from where that draft started.
 */
@Component
class StaleBases {

    private final RuleVersionStore store;

    StaleBases(RuleVersionStore store) {
        this.store = store;
    }

    /** Refuses with 409 unless {@code version} may replace {@code live} as the request asks. */
    void check(RuleVersionRecord version, RuleVersionRecord live, String replaces) {
        if (replaces != null) {
            boolean names = RuleVersionIds.parse(replaces).filter(id -> id == live.id()).isPresent();
            if (!names) {
                throw stale("replaces=" + replaces + " does not name the live version, " + live.versionId()
                        + ": nothing is replaced on purpose that is not live.", version, directBase(version), live);
            }
            return;
        }
        if (version.status() != RuleVersionRecord.Status.DRAFT) {
            return;
        }
        RuleVersionRecord base = liveBase(version);
        if (base != null && base.id() != live.id()) {
            throw stale("Rule version " + version.versionId() + " was based on version " + base.versionId()
                    + ", but version " + live.versionId() + " has been live since: activating it would drop the "
                    + "changes of version " + live.versionId() + ". Upload the change again on version "
                    + live.versionId() + ", or activate with ?replaces=" + live.versionId() + " to replace it on "
                    + "purpose.", version, base.versionId(), live);
        }
    }

    /** Whether activating {@code version} without {@code replaces} would be refused because its base is not live. */
    boolean isStale(RuleVersionRecord version, RuleVersionRecord live) {
        if (version.status() != RuleVersionRecord.Status.DRAFT) {
            return false;
        }
        RuleVersionRecord base = liveBase(version);
        return base != null && base.id() != live.id();
    }

    /**
     * Whose work activating {@code version} makes live: the version and the drafts it was built on, back to the first
     * version that was ever live. A colleague's draft on top of your draft still carries your change.
     */
    List<RuleVersionRecord> withDraftsBehind(RuleVersionRecord version) {
        List<RuleVersionRecord> chain = new ArrayList<>(List.of(version));
        Long next = version.basedOn();
        while (next != null) {
            RuleVersionRecord base = store.find(next).orElseThrow();
            if (base.status() != RuleVersionRecord.Status.DRAFT) {
                break;
            }
            chain.add(base);
            next = base.basedOn();
        }
        return chain;
    }

    /** The 409 of an activation that another one, committed meanwhile, beat. */
    ProblemException lostRace(RuleVersionRecord version, RuleVersionRecord live) {
        return stale("Another activation replaced version " + live.versionId() + " while rule version "
                + version.versionId() + " was being activated; it was not activated. Review it against the new live "
                + "version and activate it again.", version, directBase(version), live);
    }

    private RuleVersionRecord liveBase(RuleVersionRecord version) {
        Long next = version.basedOn();
        while (next != null) {
            RuleVersionRecord base = store.find(next).orElseThrow();
            if (base.status() != RuleVersionRecord.Status.DRAFT) {
                return base;
            }
            next = base.basedOn();
        }
        return null;
    }

    private static String directBase(RuleVersionRecord version) {
        return version.basedOn() == null ? null : version.basedOn().toString();
    }

    private static ProblemException stale(String detail, RuleVersionRecord version, String base,
                                          RuleVersionRecord live) {
        return new ProblemException(RuleSetProblem.STALE_BASE, detail).with("rulesetVersion", version.versionId())
                .with("basedOn", base).with("liveVersion", live.versionId());
    }
}
