package io.leadrules.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule set from a list of named files (DRL and {@code .drl.xlsx}; scenario files are carried along),
 * without classpath scanning. Problems come back as a {@link RuleSetCompilationException} that names files,
 * sheets and cells, or files and lines.
 *
 * <p>Builds are serialised: Drools keeps a JVM-wide spreadsheet cache and module repository.
 */
public final class RuleSetCompiler {

    private static final Object BUILDS = new Object();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    public CompiledRuleSet compile(String version, List<RuleFile> files) {
        List<DrlUnit> units = translate(files);
        synchronized (BUILDS) {
            KieServices kie = KieServices.get();
            ReleaseId releaseId = kie.newReleaseId("io.leadrules.rulesets", "ruleset-" + SEQUENCE.incrementAndGet(),
                    "1.0.0");
            List<Message> errors = build(kie, releaseId, units, ExecutableModelProject.class);
            if (!errors.isEmpty()) {
                kie.getRepository().removeKieModule(releaseId);
                throw new RuleSetCompilationException(diagnose(kie, units, errors));
            }
            KieContainer container = kie.newKieContainer(releaseId);
            return new CompiledRuleSet(version, files, container, releaseId, RuleCatalog.of(units),
                    RuleSetValidation.of(units), KnownActivityTypes.of(units));
        }
    }

    private static List<DrlUnit> translate(List<RuleFile> files) {
        List<CompileProblem> problems = new ArrayList<>();
        List<DrlUnit> units = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.isDrl()) {
                units.add(DrlUnit.ofDrl(file, new String(file.content(), StandardCharsets.UTF_8)));
            } else if (file.isDecisionTable()) {
                units.addAll(SpreadsheetTranslation.translate(file, problems));
            } else if (!file.isScenarios()) {
                problems.add(CompileProblem.inFile(file.name(), "not a rule file: rule files end in .drl or "
                        + ".drl.xlsx, scenario files in .scenarios.csv or .scenarios.xlsx"));
            }
        }
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(CompileProblem.inFile("rule set", "the rule set has no DRL file and no decision table"));
        }
        problems.addAll(RuleSafety.check(units));
        problems.addAll(duplicateRuleNames(units));
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(problems);
        }
        return units;
    }

    private static List<CompileProblem> duplicateRuleNames(List<DrlUnit> units) {
        List<CompileProblem> problems = new ArrayList<>();
        Map<String, RuleSource> seen = new HashMap<>();
        for (DrlUnit unit : units) {
            for (RuleInfo rule : RuleCatalog.describeAll(unit)) {
                RuleSource first = seen.putIfAbsent(rule.name(), rule.source());
                if (first != null) {
                    problems.add(new CompileProblem(rule.source().file(), rule.source().sheet(), rule.source().cell(),
                            rule.source().line(), "the rule name '" + rule.name() + "' is already used at "
                            + first.describe() + "; every Rule ID must be unique"));
                }
            }
        }
        return problems;
    }

    private static List<Message> build(KieServices kie, ReleaseId releaseId, List<DrlUnit> units,
                                       Class<? extends org.kie.api.builder.KieBuilder.ProjectType> projectType) {
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        units.forEach(unit -> fileSystem.write(unit.path(), unit.drl()));
        KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll(projectType);
        return builder.getResults().getMessages(Message.Level.ERROR);
    }

    /** The executable model often reports no line; a plain DRL build names the rule and line. */
    private static List<CompileProblem> diagnose(KieServices kie, List<DrlUnit> units, List<Message> errors) {
        ReleaseId probe = kie.newReleaseId("io.leadrules.rulesets", "diagnosis-" + SEQUENCE.incrementAndGet(),
                "1.0.0");
        try {
            List<Message> drlErrors = build(kie, probe, units, DrlProject.class);
            return BuildDiagnosis.explain(units, drlErrors.isEmpty() ? errors : drlErrors);
        } catch (RuntimeException e) {
            return BuildDiagnosis.explain(units, errors);
        } finally {
            KieModule module = kie.getRepository().getKieModule(probe);
            if (module != null) {
                kie.getRepository().removeKieModule(probe);
            }
        }
    }
}
