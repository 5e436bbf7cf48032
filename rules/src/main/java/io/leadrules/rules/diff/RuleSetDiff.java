package io.leadrules.rules.diff;

import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from a base rule version to another one. Files are compared by name; a file whose bytes are equal
 * is unchanged. Every changed file has exactly one entry in {@code workbooks} (a decision table), {@code texts}
 * (DRL, scenario CSV or any other text file) or {@code notes} (a file that cannot be compared line by line or
 * table by table, said in one line).
 */
public record RuleSetDiff(List<String> addedFiles, List<String> removedFiles, List<String> unchangedFiles,
                          List<String> changedFiles, List<WorkbookDiff> workbooks, List<TextDiff> texts,
                          List<FileNote> notes) {

    public RuleSetDiff {
        addedFiles = List.copyOf(addedFiles);
        removedFiles = List.copyOf(removedFiles);
        unchangedFiles = List.copyOf(unchangedFiles);
        changedFiles = List.copyOf(changedFiles);
        workbooks = List.copyOf(workbooks);
        texts = List.copyOf(texts);
        notes = List.copyOf(notes);
    }

    /** Compares the files of two versions; neither list may hold two files of the same name. */
    public static RuleSetDiff between(List<RuleFile> base, List<RuleFile> other) {
        Map<String, RuleFile> baseFiles = byName(base, "base");
        Map<String, RuleFile> otherFiles = byName(other, "other");
        List<String> added = otherFiles.keySet().stream().filter(name -> !baseFiles.containsKey(name)).toList();
        List<String> removed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<FileComparison> changed = new ArrayList<>();
        baseFiles.forEach((name, file) -> {
            RuleFile counterpart = otherFiles.get(name);
            if (counterpart == null) {
                removed.add(name);
            } else if (Arrays.equals(file.content(), counterpart.content())) {
                unchanged.add(name);
            } else {
                changed.add(FileComparison.of(file, counterpart));
            }
        });
        return new RuleSetDiff(added, removed, unchanged, changed.stream().map(FileComparison::file).toList(),
                FileComparison.workbooks(changed), FileComparison.texts(changed), FileComparison.notes(changed));
    }

    /** False when both versions hold the same files with the same bytes. */
    public boolean hasChanges() {
        return !addedFiles.isEmpty() || !removedFiles.isEmpty() || !changedFiles.isEmpty();
    }

    /** A few lines for a person: one per added or removed files, per changed table, text file and note. */
    public String summary() {
        return DiffSummary.of(this);
    }

    private static Map<String, RuleFile> byName(List<RuleFile> files, String version) {
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (byName.putIfAbsent(file.name(), file) != null) {
                throw new IllegalArgumentException("The " + version + " version has two files named " + file.name());
            }
        }
        return byName;
    }
}
