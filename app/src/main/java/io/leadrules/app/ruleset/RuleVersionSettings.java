package io.leadrules.app.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service keeps rule versions, under {@code leadrules.rulesets}. A member left out gets its default.
 *
 * @param compiledVersions rule versions held compiled besides the active one (default 2): a draft being tested, the
 *                         version just replaced (so a rollback is instant). Each costs the memory of its rule base;
 *                         a version not held is compiled again, in seconds, when needed.
 */
@ConfigurationProperties("leadrules.rulesets")
public record RuleVersionSettings(Integer compiledVersions) {

    public static final int DEFAULT_COMPILED_VERSIONS = 2;

    public RuleVersionSettings {
        compiledVersions = compiledVersions == null ? DEFAULT_COMPILED_VERSIONS : compiledVersions;
        if (compiledVersions < 1) {
            throw new IllegalArgumentException("leadrules.rulesets.compiled-versions must be at least 1, not "
                    + compiledVersions);
        }
    }
}
