package io.leadrules.app.ruleset;

import io.leadrules.app.ruleset.upload.RuleSetUploadSettings;
import io.leadrules.app.sandbox.UntrustedRuleSetCheck;
import io.leadrules.app.sandbox.UploadQueue;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an upload by the acting principal (its author) into a stored DRAFT version: the base version's files with the
 * uploaded ones replacing those of the same name and adding new ones (or the uploaded zip as the whole set), compiled
 * and tested at once. A version that
 * does not compile, or whose scenario file cannot be read, is a 422 naming the cells or lines, and nothing is stored.
 * Uploads take turns in the {@link UploadQueue}: each compiles for seconds under the version id it will be stored with.
 *
 * <p>The files are untrusted: they are compiled, made to score a stress lead and tested first in the confined worker
 * ({@link UntrustedRuleSetCheck}); only a rule set the worker accepts is compiled here (for scoring), and stored with
 * the worker's test report. Scenarios never run in the service.
 *
 * <p>A new or changed DRL file, or a table outside the shipped kinds ({@link DeveloperChanges}), is code: storing it
 * needs the {@value #DEVELOPER} role besides the allow-list the worker applies to every upload (403 naming each file).
 */
@Service
class RuleVersionUpload {

    static final String DEVELOPER = "RULE_DEVELOPER";

    private final RuleVersionStore store;
    private final CompiledVersions compiled;
    private final RuleVersionReports reports;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final UploadQueue queue;
    private final UntrustedRuleSetCheck untrusted;
    private final RuleSetUploadSettings limits;
    private final CurrentActor actor;
    private final RuleVersionAudit audit;

    RuleVersionUpload(RuleVersionStore store, CompiledVersions compiled, RuleVersionReports reports,
                      TransactionTemplate transactions, Clock clock, UploadQueue queue,
                      UntrustedRuleSetCheck untrusted, RuleSetUploadSettings limits, CurrentActor actor,
                      RuleVersionAudit audit) {
        this.audit = audit;
        this.store = store;
        this.compiled = compiled;
        this.reports = reports;
        this.transactions = transactions;
        this.clock = clock;
        this.queue = queue;
        this.untrusted = untrusted;
        this.limits = limits;
        this.actor = actor;
    }

    RuleVersionRecord upload(NewRuleVersion upload) {
        return queue.inTurn(() -> uploadInTurn(upload));
    }

    private RuleVersionRecord uploadInTurn(NewRuleVersion upload) {
        RuleVersionRecord base = base(upload.basedOn());
        List<RuleFile> baseFiles = store.files(base.id());
        List<RuleFile> files = upload.wholeSet() ? upload.files() : merged(baseFiles, upload.files());
        Instant now = clock.instant();
        UntrustedRuleSetCheck.Verdict verdict = untrusted.check(files, now, limits.maxRules());
        if (!verdict.compiles()) {
            throw RuleSetProblems.invalid(verdict.problems());
        }
        long id = store.nextId();
        CompiledRuleSet rules = compile(id, files);
        try {
            List<DeveloperChanges.Change> code = DeveloperChanges.changes(baseFiles, rules);
            requireDeveloperRole(code);
            TestReport tested = TestReport.of(rules.version(), now, verdict.scenarios());
            RuleVersionRecord version = RuleVersionRecord.draft(id, upload.label(), actor.name(), now, base.id(),
                    rules, reports.validation(rules), reports.write(tested),
                    reports.developerChanges(code.stream().map(DeveloperChanges.Change::sentence).toList()));
            transactions.executeWithoutResult(tx -> {
                store.insert(version, files);
                audit.uploaded(version, files);
            });
            compiled.keep(rules);
            return version;
        } catch (RuntimeException e) {
            rules.close();
            throw e;
        }
    }

    private void requireDeveloperRole(List<DeveloperChanges.Change> code) {
        if (code.isEmpty() || actor.holds(DEVELOPER)) {
            return;
        }
        List<String> files = code.stream().map(DeveloperChanges.Change::file).distinct().toList();
        throw new ProblemException(RuleSetProblem.DEVELOPER_ROLE_REQUIRED, "Only a rule developer (role " + DEVELOPER
                + ") may upload rule code, and " + actor.name() + " is not one: " + String.join("; ",
                code.stream().map(DeveloperChanges.Change::sentence).toList()) + ". Nothing was stored.")
                .with("files", files);
    }

    private RuleVersionRecord base(String basedOn) {
        if (basedOn == null) {
            return store.active().orElseThrow(() -> new IllegalStateException("No rule version is active"));
        }
        return RuleVersionIds.parse(basedOn).flatMap(store::find).orElseThrow(() -> new ProblemException(
                RuleSetProblem.INVALID_RULESET_UPLOAD, "basedOn names no stored rule version: " + basedOn + ". Leave it "
                + "out to start from the active version.")
                .with("errors", List.of(new FieldProblem("basedOn", "no rule version has the id " + basedOn))));
    }

    /** The base files in their order, each replaced by an upload of the same name (ignoring case); then new ones. */
    static List<RuleFile> merged(List<RuleFile> base, List<RuleFile> uploaded) {
        List<RuleFile> files = new ArrayList<>(base);
        for (RuleFile file : uploaded) {
            int same = indexOf(files, file.name());
            if (same >= 0) {
                files.set(same, file);
            } else {
                files.add(file);
            }
        }
        return files;
    }

    private static int indexOf(List<RuleFile> files, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static CompiledRuleSet compile(long id, List<RuleFile> files) {
        try {
            return RuleSetCompiler.forStoredVersions().compile(Long.toString(id), files);
        } catch (RuleSetCompilationException e) {
            throw RuleSetProblems.invalid(e.problems());
        }
    }
}
