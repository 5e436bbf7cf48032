package io.leadrules.app.lead.imports;

import java.nio.file.Path;

/**
 * The formats an import may come in. A kept upload carries its format in its file's extension, so the job row needs
 * no column for it and a file left by a stopped service is recognised by its name alone.
 */
enum ImportFormat {

    NDJSON(".ndjson"), CSV(".csv");

    private final String suffix;

    ImportFormat(String suffix) {
        this.suffix = suffix;
    }

    String suffix() {
        return suffix;
    }

    /** The format of a kept upload, by its extension. */
    static ImportFormat of(Path file) {
        return file.getFileName().toString().endsWith(CSV.suffix) ? CSV : NDJSON;
    }

    static boolean isUpload(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(NDJSON.suffix) || name.endsWith(CSV.suffix);
    }
}
