package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;

/**
 * Where a file of the upload is: the file the client sent, and the entry inside it when that file is a zip. Every
 * problem names both, as the problem members {@code file} and {@code entry}.
 *
 * @param file  the base name of the uploaded file
 * @param entry the path of the entry inside the uploaded zip, or {@code null}
 */
record FileAt(String file, String entry) {

    static FileAt upload(String file) {
        return new FileAt(file, null);
    }

    FileAt entry(String path) {
        return new FileAt(file, path);
    }

    /** How the detail of a problem names it: {@code Points.drl.xlsx}, or {@code rules/Points.drl.xlsx in Rules.zip}. */
    String describe() {
        return entry == null ? file : entry + " in " + file;
    }

    ProblemException problem(ProblemType type, String detail) {
        ProblemException problem = new ProblemException(type, detail).with("file", file);
        return entry == null ? problem : problem.with("entry", entry);
    }
}
