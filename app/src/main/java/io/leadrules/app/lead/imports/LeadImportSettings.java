package io.leadrules.app.lead.imports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Storing leads in bulk ({@code POST /api/v1/scores/batch?store=true}), under {@code leadrules.lead-imports}. A member
 * left out gets its default.
 *
 * @param maxBodySize largest upload (default 500MB), counted as it streams in
 * @param maxLines    most lines an upload may have (default 1,000,000); more is refused before any job is queued
 * @param maxLineSize longest line (default 1MB, the JSON body limit of {@code POST /api/v1/leads}, whose body each
 *                    line is); a longer one refuses the upload before it is ever read as JSON
 * @param pageSize    lines stored per transaction (default 500), the most a job holds at once
 * @param fileDir     where an upload waits for its job (default {@code <data-dir>/lead-imports}); deleted when the job
 *                    ends, and at startup
 */
@ConfigurationProperties("leadrules.lead-imports")
public record LeadImportSettings(DataSize maxBodySize, Integer maxLines, DataSize maxLineSize, Integer pageSize,
                                 Path fileDir) {

    public LeadImportSettings {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(500) : maxBodySize;
        maxLines = maxLines == null ? 1_000_000 : maxLines;
        maxLineSize = maxLineSize == null ? DataSize.ofMegabytes(1) : maxLineSize;
        pageSize = pageSize == null ? 500 : pageSize;
        fileDir = fileDir == null ? Path.of("data", "leadrules", "lead-imports") : fileDir;
        if (maxLines <= 0 || pageSize <= 0 || maxLineSize.toBytes() <= 0) {
            throw new IllegalArgumentException("leadrules.lead-imports.max-lines, max-line-size and page-size must be "
                    + "more than 0, not " + maxLines + ", " + maxLineSize + " and " + pageSize);
        }
    }
}
