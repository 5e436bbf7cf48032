package io.leadrules.rules.engine;

import io.leadrules.rules.engine.modeltables.FieldMappings;
import io.leadrules.rules.engine.modeltables.ModelTranslation;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.model.AttributeDeclaration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable rule set: shared by every thread, one pooled working memory per evaluation. The memories come
 * from a pool of Drools working memories: creating one per evaluation cost about a tenth of an evaluation, and
 * Drools resets a pooled memory completely (facts, agenda, node memories, listeners) when it returns to the pool.
 * Close the set when it is replaced so Drools releases the pool and the compiled module.
 */
public final class CompiledRuleSet implements AutoCloseable {

    /** Enough for 5,000 activities and every table row several times over; a runaway rule hits it in milliseconds. */
    public static final int DEFAULT_MAX_FIRINGS = 50_000;

    private final String version;
    private final String contentHash;
    private final List<RuleFile> files;
    private final KieContainer container;
    private final ReleaseId releaseId;
    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final List<ValidationWarning> warnings;
    private final List<String> activityTypes;
    private final List<DecisionTable> developerTables;
    private final ModelTranslation model;
    private final List<String> fitCategories;
    private final KieSessionsPool sessions;
    private volatile boolean closed;

    CompiledRuleSet(String version, List<RuleFile> files, KieContainer container, ReleaseId releaseId,
                    RuleCatalog catalog, List<ValidationWarning> warnings, List<String> activityTypes,
                    List<DecisionTable> developerTables, ModelTranslation model) {
        this.version = version;
        this.files = List.copyOf(files);
        this.contentHash = hash(files);
        this.container = container;
        this.releaseId = releaseId;
        this.kieBase = container.getKieBase();
        this.catalog = catalog;
        this.warnings = List.copyOf(warnings);
        this.activityTypes = List.copyOf(activityTypes);
        this.developerTables = List.copyOf(developerTables);
        this.model = model;
        this.fitCategories = model.fitCategories();
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public LeadEvaluation evaluate(EvaluationInput input) {
        return evaluate(input, DEFAULT_MAX_FIRINGS);
    }

    /** Evaluates one lead; a {@link RunawayEvaluationException} when more than {@code maxFirings} rules fire. */
    public LeadEvaluation evaluate(EvaluationInput input, int maxFirings) {
        FieldMappings.Mapped mapped = model.mappings().apply(input);
        FiringJournal journal = EvaluationRun.execute(sessions, catalog, mapped.input(),
                maxFirings);
        return new EvaluationAssembly(catalog, journal, mapped.applied(), fitCategories)
                .assemble(version, input.asOf());
    }

    public String version() {
        return version;
    }

    /** SHA-256 over every file's name and bytes, in name order: the same files always give the same hash. */
    public String contentHash() {
        return contentHash;
    }

    public List<RuleFile> files() {
        return files;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** What compiles but is probably not meant: rows without Reason or Rule ID, rows that can never count alone. */
    public List<ValidationWarning> warnings() {
        return warnings;
    }

    /**
     * The activity types this version gives points to, in table order: what clients should send. Other types are
     * accepted and stored, but count zero and are reported as UNKNOWN_ACTIVITY_TYPE.
     */
    public List<String> activityTypes() {
        return activityTypes;
    }

    /**
     * The KIE module this set was built as. Every set has the same one (see {@link RuleSetCompiler}); the module is
     * not left in the KIE repository, the container holds it until {@link #close()}.
     */
    public ReleaseId releaseId() {
        return releaseId;
    }

    /** Whether {@link #close()} has released the compiled module. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        sessions.shutdown();
        container.dispose();
    }

    /**
     * The decision tables outside the shipped table kinds (a RuleTable whose package and name no {@code TableKind}
     * has): a rule developer's change rather than a marketing edit, checked like DRL.
     */
    public List<DecisionTable> developerTables() {
        return developerTables;
    }

    /**
     * The lead attributes this version declares (its Attributes table), in table order; empty when it declares none.
     * Requests are checked against the declarations of the active version; an attribute it does not declare is kept
     * and stored, and reported as the data-quality finding UNDECLARED_ATTRIBUTE.
     */
    public List<AttributeDeclaration> attributes() {
        return model.attributes();
    }

    /** The pool of working memories, for tests that look at what an evaluation leaves in one. */
    KieSessionsPool sessions() {
        return sessions;
    }

    /** The container, for tests that look at what Drools generated. */
    KieContainer container() {
        return container;
    }

    /**
     * The content hash of these files, as {@link #contentHash()} answers it: the audit trail recomputes it from the
     * stored bytes.
     */
    public static String hash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(RuleFile::name)).forEach(file -> {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
