package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.diff.RuleSetDiff;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.ValidationWarning;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule versions for the console's pages (io.leadrules.app.console.model): the very services the API's rule-version
 * endpoints call (upload with its sandboxed checks and roles, scenario runs and acceptance, four-eyes activation and
 * rollback, diff, review), behind public types, so that the pages show what the API does and never a copy of it.
 */
@Service
public class RuleVersions {

    private final RuleVersionQueries queries;
    private final RuleVersionStore store;
    private final RuleVersionReports reports;
    private final UploadForm form;
    private final RuleVersionUpload upload;
    private final RuleVersionTesting testing;
    private final ScenarioBaselines baselines;
    private final RuleVersionActivation activation;
    private final RuleVersionReview review;
    private final StaleBases bases;
    private final RuleApprovalSettings approval;
    private final ActivationStatus activationStatus;

    RuleVersions(RuleVersionQueries queries, RuleVersionStore store, RuleVersionReports reports, UploadForm form,
                 RuleVersionUpload upload, RuleVersionTesting testing, ScenarioBaselines baselines,
                 RuleVersionActivation activation, RuleVersionReview review, StaleBases bases,
                 RuleApprovalSettings approval, ActivationStatus activationStatus) {
        this.activationStatus = activationStatus;
        this.queries = queries;
        this.store = store;
        this.reports = reports;
        this.form = form;
        this.upload = upload;
        this.testing = testing;
        this.baselines = baselines;
        this.activation = activation;
        this.review = review;
        this.bases = bases;
        this.approval = approval;
    }

    /** Newest first. */
    public List<Version> all() {
        return queries.all().stream().map(this::version).toList();
    }

    /** The version; a 404 problem when there is none. */
    public Version version(String id) {
        return version(queries.existing(id));
    }

    public Version active() {
        return version(queries.active());
    }

    /** The files of a version, exactly as uploaded, in the version's order. */
    public List<RuleFile> files(String id) {
        return store.files(queries.existing(id).id());
    }

    /** One file of a version; a 404 problem when it has no file of that name. */
    public RuleFile file(String id, String name) {
        return queries.file(id, name);
    }

    /**
     * Uploads a new draft as {@code POST /api/v1/rulesets} does. A rule set that does not compile comes back as a
     * {@link Refused} with the files read from the form and the problem's cells; every other problem is thrown.
     */
    public Outcome upload(List<MultipartFile> parts, String label, String basedOn) {
        NewRuleVersion read = form.read(parts, label, basedOn);
        try {
            return new Uploaded(version(upload.upload(read)));
        } catch (RuleSetInvalid problem) {
            if (problem.problems().isEmpty()) {
                throw problem;
            }
            return new Refused(problem, read.files(), problem.problems());
        }
    }

    /** The last scenario report of the version, if it was ever tested. */
    public Optional<TestReport> lastTest(String id) {
        return Optional.ofNullable(reports.testReport(queries.existing(id).testReport()));
    }

    /** Runs the version's scenarios again and keeps the report, as {@code POST .../test}. */
    public TestReport test(String id) {
        return testing.test(id);
    }

    /** The next draft, its scenario files re-baselined to this version's results ({@code POST .../scenarios/accept}). */
    public Version acceptScenarios(String id) {
        return version(baselines.accept(id).draft());
    }

    /** What changed from {@code against} to {@code id} ({@code GET .../diff}); {@code against} null: its base. */
    public Diff diff(String id, String against) {
        RuleVersionQueries.VersionDiff diff = queries.diff(id, against);
        return new Diff(diff.rulesetVersion(), diff.against(), diff.summary(), diff.changes());
    }

    /** The ETag of the version's review against the live one: the approval page sends it back as If-Match. */
    public String reviewTag(String id) {
        return review.review(id).etag();
    }

    /**
     * Makes the version live as {@code POST .../activation} does, four eyes included; {@code ifMatch} is the review
     * tag the approver read (a 412 problem when the version or the live one changed since).
     */
    public Version activate(String id, String ifMatch, String replaces) {
        return version(activation.activate(id, new RuleVersionActivation.Conditions(ifMatch, replaces)));
    }

    /**
     * Where the version's latest activation stands and which live instances are ready for it, as {@code GET
     * .../activation} answers.
     */
    public Rollout rollout(String id) {
        ActivationView view = activationStatus.of(id);
        return new Rollout(view.state(), view.effectiveAt(), view.activeVersion(), view.instances().stream()
                .map(i -> new Instance(i.host(), i.port(), i.startedAt(), i.heartbeatAt(), i.serving(), i.ready(),
                        i.behind()))
                .toList());
    }

    /** Whether four eyes are on ({@code leadrules.rules.four-eyes}). */
    public boolean fourEyes() {
        return approval.fourEyes();
    }

    /** Who uploaded the version or a draft it was built on: with four eyes on, none of them may approve it. */
    public List<String> contributors(String id) {
        return bases.withDraftsBehind(queries.existing(id)).stream().map(RuleVersionRecord::author).distinct()
                .toList();
    }

    /** Whether a draft's base is no longer live, so that activating it needs {@code replaces}. */
    public boolean staleBase(String id) {
        return bases.isStale(queries.existing(id), queries.active());
    }

    private Version version(RuleVersionRecord record) {
        List<Activation> activations = store.activations(record.id()).stream()
                .map(a -> new Activation(a.activatedAt(), a.activatedBy(), a.replaced(), a.selfApproved())).toList();
        List<String> files = store.entries(record.id()).stream().map(RuleVersionStore.FileEntry::name).toList();
        return new Version(record.versionId(), record.label(), record.author(), record.createdAt(),
                record.basedOn() == null ? null : record.basedOn().toString(), record.status().name(),
                record.ruleCount(), files, reports.warnings(record.validationReport()), activations,
                !reports.developerChanges(record.developerChanges()).isEmpty());
    }

    /**
     * A version as the pages show it.
     *
     * @param status      DRAFT, ACTIVE or RETIRED
     * @param activations every time it was made live, oldest first
     */
    public record Version(String id, String label, String author, Instant createdAt, String basedOn, String status,
                          int ruleCount, List<String> files, List<ValidationWarning> warnings,
                          List<Activation> activations, boolean developerChange) {

        /** The last activation, if it was ever live. */
        public Optional<Activation> lastActivation() {
            return activations.isEmpty() ? Optional.empty() : Optional.of(activations.get(activations.size() - 1));
        }

        /** Who approved its last activation, or null. */
        public String approver() {
            return lastActivation().map(Activation::by).orElse(null);
        }

        /** When it last went live, or null. */
        public Instant activatedAt() {
            return lastActivation().map(Activation::at).orElse(null);
        }
    }

    /** One activation: when, by whom, the version it replaced, whether its approver was its uploader. */
    public record Activation(Instant at, String by, String replaced, boolean selfApproved) {
    }

    /** The diff as the API gives it. */
    public record Diff(String version, String against, String summary, RuleSetDiff changes) {
    }

    /** What an upload came to. */
    public sealed interface Outcome permits Uploaded, Refused {
    }

    /** The new draft. */
    public record Uploaded(Version version) implements Outcome {
    }

    /**
     * A rule set that does not compile: nothing was stored. {@code files} are the files read from the form (a zip
     * unpacked), {@code cells} where each problem is.
     */
    public record Refused(ProblemException problem, List<RuleFile> files, List<CompileProblem> cells)
            implements Outcome {
    }

    /** A version's latest activation: its state (PENDING, DONE, CANCELLED, FAILED, NONE) and the live instances. */
    public record Rollout(String state, Instant effectiveAt, String activeVersion, List<Instance> instances) {
    }

    /** One live instance: what it serves, whether it is ready for the version, why it is behind. */
    public record Instance(String host, int port, Instant startedAt, Instant heartbeatAt, String serving,
                           boolean ready, String behind) {
    }
}
