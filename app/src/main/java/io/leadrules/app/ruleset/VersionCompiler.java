package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles a stored rule version from its files, for {@link CompiledVersions}. A bean of its own so that a test can
 * make one instance of two slow or unable to compile (an instance that runs out of memory or time while compiling is
 * what it stands for); the service has only {@link #STORED}.
 */
@FunctionalInterface
interface VersionCompiler {

    /** The stored versions' compiler: the files were checked at upload, so they are trusted here. */
    VersionCompiler STORED = (id, files) -> RuleSetCompiler.forStoredVersions().compile(Long.toString(id), files);

    CompiledRuleSet compile(long id, List<RuleFile> files);

    @Configuration(proxyBeanMethods = false)
    class Stored {

        @Bean
        VersionCompiler versionCompiler() {
            return STORED;
        }
    }
}
