package io.leadrules.rules.engine;

import io.leadrules.rules.engine.modeltables.ModelTables;
import io.leadrules.rules.engine.modeltables.ModelTranslation;
import io.leadrules.rules.safety.ClassLoadingWall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Every build uses the same release id, {@code io.leadrules.rulesets:ruleset:1.0.0}. The executable model names
 * its generated classes after a hash of the release id and the package ({@code leadrules/fit/Rules<md5>RuleMethods0},
 * {@code DomainClassesMetadata<md5>}); while compiling them, ECJ asks the parent class loaders for each such name,
 * and the JDK's built-in class loaders remember every resource name they were asked for (the {@code resourceCache}
 * of {@code jdk.internal.loader.BuiltinClassLoader}, one per boot, platform and application loader, softly held, so
 * only memory pressure clears it). A fresh release id per build put ~500 new names in each of those caches,
 * 0.15-0.25 MB kept after every compilation; with one release id the names repeat and the caches stop growing. The
 * module leaves the repository as soon as its container is made: the container keeps the module, and the next
 * build reuses the release id.
 */
public final class RuleSetCompiler {

    private static final Object BUILDS = new Object();

    /** The one release id every build uses: see the class comment for why it must not change per build. */
    static final String GROUP_ID = "io.leadrules.rulesets";
    static final String ARTIFACT_ID = "ruleset";
    static final String VERSION = "1.0.0";

    /** The default cap on rules in one rule set: 20,000 rules took 48 s to build and blocked every other upload. */
    public static final int DEFAULT_MAX_RULES = 2_000;

    private final int maxRules;

    public RuleSetCompiler() {
        this(DEFAULT_MAX_RULES);
    }

    /** @param maxRules the most rules (across all files and sheets) a rule set may have; checked before building */
    public RuleSetCompiler(int maxRules) {
        if (maxRules < 1) {
            throw new IllegalArgumentException("maxRules must be at least 1, was " + maxRules);
        }
        this.maxRules = maxRules;
    }

    /**
     * A compiler for a rule set that was admitted before: a stored version was held to the cap on rules of the day it
     * was uploaded, and replaying its decisions must not depend on today's cap. Every other check still runs.
     */
    public static RuleSetCompiler forStoredVersions() {
        return new RuleSetCompiler(Integer.MAX_VALUE);
    }

    public CompiledRuleSet compile(String version, List<RuleFile> files) {
        return build(version, files, translate(files), true);
    }

    /**
     * Builds units that passed the checks on their source; the bytecode check then runs on what they compiled to,
     * before any generated class is loaded, and the container resolves classes only through the
     * {@link ClassLoadingWall}. Package-private so tests can show each later wall holds on its own: they pass units
     * that skipped the source checks, and {@code checkBytecode} false to test the class-loading wall alone.
     */
    CompiledRuleSet compile(String version, List<RuleFile> files, List<DrlUnit> units, boolean checkBytecode) {
        return build(version, files, new Translation(units, List.of(), ModelTranslation.NONE), checkBytecode);
    }

    private CompiledRuleSet build(String version, List<RuleFile> files, Translation translation,
                                  boolean checkBytecode) {
        List<DrlUnit> units = translation.units();
        synchronized (BUILDS) {
            KieServices kie = KieServices.get();
            ReleaseId releaseId = kie.newReleaseId(GROUP_ID, ARTIFACT_ID, VERSION);
            try {
                List<Message> errors = build(kie, releaseId, units, ExecutableModelProject.class);
                if (!errors.isEmpty()) {
                    throw new RuleSetCompilationException(diagnose(kie, units, errors));
                }
                translation.refuseUnjudged();
                List<CompileProblem> unsafe = checkBytecode
                        ? BytecodeSafety.check(kie.getRepository().getKieModule(releaseId), units) : List.of();
                if (!unsafe.isEmpty()) {
                    throw new RuleSetCompilationException(unsafe);
                }
                KieContainer container = kie.newKieContainer(releaseId,
                        new ClassLoadingWall(RuleSetCompiler.class.getClassLoader()));
                return new CompiledRuleSet(version, files, container, releaseId, RuleCatalog.of(units),
                        warnings(units, translation.model()), KnownActivityTypes.of(units, translation.model()),
                        developerTables(units), translation.model());
            } finally {
                kie.getRepository().removeKieModule(releaseId);
            }
        }
    }

    /**
     * Reads every workbook first (the model tables of all of them make one model), then writes the model tables'
     * rules and inlines the parameters into the DRL files; the units keep the order of the files.
     */
    private Translation translate(List<RuleFile> files) {
        List<CompileProblem> problems = new ArrayList<>();
        List<DecisionTable> modelTables = new ArrayList<>();
        Map<String, List<DrlUnit>> tableUnits = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.isDecisionTable()) {
                tableUnits.put(file.name(), SpreadsheetTranslation.translate(file, problems, modelTables));
            } else if (!file.isDrl() && !file.isScenarios()) {
                problems.add(CompileProblem.inFile(file.name(), CompileMessage.of("file.notRuleFile")));
            }
        }
        ModelTranslation model = ModelTables.translate(modelTables, decisionTables(tableUnits), drlTexts(files),
                problems);
        List<DrlUnit> units = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.isDrl()) {
                units.add(DrlUnit.ofDrl(file, model.substitute(file.name(),
                        new String(file.content(), StandardCharsets.UTF_8), problems)));
            } else if (file.isDecisionTable()) {
                units.addAll(tableUnits.getOrDefault(file.name(), List.of()));
                model.sheets().stream().filter(s -> s.file().equals(file.name()))
                        .forEach(s -> units.add(DrlUnit.ofSheet(s.file(), s.sheet(), s.drl(), s.tables())));
            }
        }
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(CompileProblem.inFile("rule set", CompileMessage.of("ruleSet.empty")));
        }
        Translation translation = Translation.review(units, maxRules, problems).withModel(model);
        if (problems.isEmpty()) {
            problems.addAll(duplicateRuleIds(units));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompilationException(problems);
        }
        return translation;
    }

    private static List<DecisionTable> decisionTables(Map<String, List<DrlUnit>> tableUnits) {
        return tableUnits.values().stream().flatMap(List::stream).flatMap(u -> u.tables().stream()).toList();
    }

    private static List<String> drlTexts(List<RuleFile> files) {
        return files.stream().filter(RuleFile::isDrl).map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .toList();
    }

    /** The warnings of the tables and DRL rules, then those of the model checks. */
    private static List<ValidationWarning> warnings(List<DrlUnit> units, ModelTranslation model) {
        List<ValidationWarning> warnings = new ArrayList<>(RuleSetValidation.of(units));
        warnings.addAll(model.warnings());
        return warnings;
    }

    private static List<DecisionTable> developerTables(List<DrlUnit> units) {
        return units.stream().flatMap(u -> u.tables().stream()).filter(DecisionTable::isDeveloperTable).toList();
    }

    /**
     * Every point of a score and every decision record names its rule by its ID (a table row's Rule ID, a DRL rule
     * name's first word), so two rules may not share one, even under different names: a DRL rule called
     * "FIT-ROLE-SENIOR anything" would otherwise have points read as the Role row's.
     */
    private static List<CompileProblem> duplicateRuleIds(List<DrlUnit> units) {
        List<CompileProblem> problems = new ArrayList<>();
        Map<String, RuleSource> seen = new HashMap<>();
        for (DrlUnit unit : units) {
            for (RuleInfo rule : RuleCatalog.describeAll(unit)) {
                RuleSource first = seen.putIfAbsent(rule.ruleId(), rule.source());
                if (first != null) {
                    problems.add(CompileProblem.at(rule.source().file(), rule.source().sheet(), rule.source().cell(),
                            rule.source().line(), duplicateRuleId(rule.ruleId(), first)));
                }
            }
        }
        return problems;
    }

    /** "the Rule ID 'X' is already used at <where the first one is>", its place said in the reader's language. */
    private static CompileMessage duplicateRuleId(String ruleId, RuleSource first) {
        if (first.sheet() != null) {
            return first.cell() == null
                    ? CompileMessage.of("rule.duplicateId.sheet", ruleId, first.file(), first.sheet())
                    : CompileMessage.of("rule.duplicateId.cell", ruleId, first.file(), first.sheet(), first.cell());
        }
        return first.line() == null ? CompileMessage.of("rule.duplicateId.file", ruleId, first.file())
                : CompileMessage.of("rule.duplicateId.line", ruleId, first.file(), first.line());
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
        ReleaseId probe = kie.newReleaseId(GROUP_ID, "diagnosis", VERSION);
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
