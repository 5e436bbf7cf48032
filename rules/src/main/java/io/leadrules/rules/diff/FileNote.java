package io.leadrules.rules.diff;

/** A changed file that could not be compared table by table or line by line, and why, in one line. */
public record FileNote(String file, String note) {

    /** {@code ProfileFit.drl.xlsx: not a readable workbook in the other version}. */
    public String describe() {
        return file + ": " + note;
    }
}
