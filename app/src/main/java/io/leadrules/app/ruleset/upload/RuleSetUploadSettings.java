package io.leadrules.app.ruleset.upload;

import io.leadrules.rules.engine.RuleSetCompiler;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a rule-set upload ({@code POST /api/v1/rulesets}), under {@code leadrules.rulesets}. A member left out
 * gets its default. Zips count as unpacked: their entries are rule files like any other.
 *
 * @param maxFileSize       largest rule file, uploaded or unpacked from a zip (default 5MB = 5 MiB)
 * @param maxUploadSize     largest multipart body of {@code POST /api/v1/rulesets} (default 20MB)
 * @param maxRows           most rows of any sheet of a workbook, by its last row number (default 10,000)
 * @param maxArchiveEntries most entries the zips of one upload hold together, folders and skipped files included
 *                          (default 100)
 * @param maxArchiveSize    most bytes the zips of one upload unpack to together, and most bytes the parts of one
 *                          workbook unpack to (default 50MB)
 * @param maxRules          most rules one uploaded rule set may have, across its files and sheets (default 2,000):
 *                          counted on the parsed rules before anything is built; 20,000 rules took 48 s to build
 */
@ConfigurationProperties("leadrules.rulesets")
public record RuleSetUploadSettings(DataSize maxFileSize, DataSize maxUploadSize, Integer maxRows,
                                    Integer maxArchiveEntries, DataSize maxArchiveSize, Integer maxRules) {

    public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(5);
    public static final DataSize DEFAULT_MAX_UPLOAD_SIZE = DataSize.ofMegabytes(20);
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 100;
    public static final DataSize DEFAULT_MAX_ARCHIVE_SIZE = DataSize.ofMegabytes(50);

    public RuleSetUploadSettings {
        maxFileSize = positive("max-file-size", maxFileSize, DEFAULT_MAX_FILE_SIZE);
        maxUploadSize = positive("max-upload-size", maxUploadSize, DEFAULT_MAX_UPLOAD_SIZE);
        maxRows = positive("max-rows", maxRows, DEFAULT_MAX_ROWS);
        maxArchiveEntries = positive("max-archive-entries", maxArchiveEntries, DEFAULT_MAX_ARCHIVE_ENTRIES);
        maxArchiveSize = positive("max-archive-size", maxArchiveSize, DEFAULT_MAX_ARCHIVE_SIZE);
        maxRules = positive("max-rules", maxRules, RuleSetCompiler.DEFAULT_MAX_RULES);
        if (maxArchiveSize.compareTo(maxFileSize) < 0) {
            throw new IllegalArgumentException("leadrules.rulesets.max-archive-size (" + maxArchiveSize + ") must be "
                    + "at least leadrules.rulesets.max-file-size (" + maxFileSize + ")");
        }
    }

    /** The settings with every default. */
    public static RuleSetUploadSettings defaults() {
        return new RuleSetUploadSettings(null, null, null, null, null, null);
    }

    private static DataSize positive(String key, DataSize value, DataSize fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.toBytes() <= 0) {
            throw new IllegalArgumentException("leadrules.rulesets." + key + " must be more than 0 bytes");
        }
        return value;
    }

    private static int positive(String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("leadrules.rulesets." + key + " must be more than 0, not " + value);
        }
        return value;
    }
}
