package io.leadrules.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.leadrules.app.decision.DecisionJournal;
import io.leadrules.app.decision.Decisions;
import org.junit.jupiter.api.Test;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shape of the code, checked on the compiled classes (tests left out): no cycle between the app's feature
 * packages or the rules module's packages; {@code system} holds mechanisms the features plug into and imports none
 * of them; {@code audit} only reads (history, replay, score as of), so the record it shows cannot be written through
 * it. Each rule was seen to fail on a violating import or call before it was trusted (docs/decisions/0017).
 */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.leadrules.app");
    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.leadrules.rules");

    @Test
    void theFeaturePackagesHaveNoCycle() {
        slices().matching("io.leadrules.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void systemDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.leadrules.app.system..")
                .should().dependOnClassesThat(resideInAPackage("io.leadrules.app..")
                        .and(describe("are outside system", type -> !type.getPackageName()
                                .startsWith("io.leadrules.app.system"))))
                .check(APP);
    }

    /** The job mechanism is one that rescoring, simulations and backtests plug into: it knows none of them. */
    @Test
    void jobsDependOnNoFeature() {
        noClasses().that().resideInAPackage("io.leadrules.app.jobs..")
                .should().dependOnClassesThat(resideInAPackage("io.leadrules.app..")
                        .and(describe("are outside jobs and system", type -> !type.getPackageName()
                                .startsWith("io.leadrules.app.jobs") && !type.getPackageName()
                                .startsWith("io.leadrules.app.system"))))
                .check(APP);
    }

    /**
     * Reads only: queries through {@code JdbcClient} (the audit log and its verification read rows the trail wrote)
     * but never its {@code update}, no other way to run a statement (templates, connections, data sources), no
     * repository call that writes, no writing query, no way into the journal.
     */
    @Test
    void auditReachesNoWayToWrite() {
        noClasses().that().resideInAPackage("io.leadrules.app.audit..")
                .should().dependOnClassesThat(assignableTo(JdbcOperations.class)
                        .or(assignableTo(NamedParameterJdbcOperations.class))
                        .or(resideInAnyPackage("org.springframework.data.jdbc.core..", "javax.sql.."))
                        .or(assignableTo(java.sql.Connection.class)).or(assignableTo(java.sql.Statement.class)))
                .orShould().callMethodWhere(target(nameMatching("update"))
                        .and(target(owner(assignableTo(JdbcClient.StatementSpec.class)))))
                .orShould().callMethodWhere(target(nameMatching("(save|insert|update|delete|merge|upsert).*"))
                        .and(target(owner(assignableTo(Repository.class)))))
                .orShould().dependOnClassesThat(assignableTo(DecisionJournal.class))
                .orShould().callMethodWhere(target(nameMatching("decide"))
                        .and(target(owner(assignableTo(Decisions.class)))))
                .check(APP);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("io.leadrules.app.audit..")
                .should().beAnnotatedWith(Modifying.class).check(APP);
    }

    @Test
    void auditTransactionsAreReadOnly() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("io.leadrules.app.audit..")
                .and().areAnnotatedWith(Transactional.class)
                .should().beAnnotatedWith(describe("@Transactional(readOnly = true)",
                        (JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(Transactional.class)
                                && Boolean.TRUE.equals(annotation.get("readOnly").orElse(false))))
                .check(APP);
        noClasses().that().resideInAPackage("io.leadrules.app.audit..")
                .should().beAnnotatedWith(Transactional.class).check(APP);
    }

    /**
     * Top-level packages of the rules module. {@code engine.modeltables} counts as part of {@code engine}: it uses
     * the engine's {@code DecisionTable}, {@code CompileProblem} and {@code ValidationWarning} while the engine calls
     * it, and moving those three types (imported by 38 files across rules, app and rule-tests) is left for its own
     * change (ADR 0017).
     */
    @Test
    void theRulesModulePackagesHaveNoCycle() {
        slices().matching("io.leadrules.rules.(*)..").should().beFreeOfCycles().check(RULES);
    }
}
