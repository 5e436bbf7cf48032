package io.leadrules.rules.scenario;

/**
 * A scenario file that cannot be read at all: not CSV or XLSX, corrupt, no {@code name} column, an unknown column.
 * The message names the file, and the cell or column when known. A problem in one row is not this: it is that
 * row's failed {@link ScenarioResult}.
 */
public class ScenarioFileException extends RuntimeException {

    private final String file;

    ScenarioFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    ScenarioFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
