package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;

/**
 * A scenario file that cannot be read at all: not CSV or XLSX, corrupt, no {@code name} column, an unknown column.
 * The message names the file, and the cell or column when known. A problem in one row is not this: it is that
 * row's failed {@link ScenarioResult}.
 */
public class ScenarioFileException extends RuntimeException {

    private final String file;
    /** What is wrong in any language; null when it is only the English of another reader's message. */
    private final transient CompileMessage said;

    ScenarioFileException(String file, String problem) {
        this(file, problem, null, null);
    }

    ScenarioFileException(String file, CompileMessage problem) {
        this(file, problem.english(), problem, null);
    }

    ScenarioFileException(String file, CompileMessage problem, Throwable cause) {
        this(file, problem.english(), problem, cause);
    }

    private ScenarioFileException(String file, String problem, CompileMessage said, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.said = said;
    }

    public String file() {
        return file;
    }

    /** The refusal as a problem of the file, without the file's name in its message. */
    public CompileProblem problem() {
        if (said != null) {
            return CompileProblem.inFile(file, said);
        }
        String prefix = file + ": ";
        return CompileProblem.inFile(file, getMessage().startsWith(prefix) ? getMessage().substring(prefix.length())
                : getMessage());
    }
}
