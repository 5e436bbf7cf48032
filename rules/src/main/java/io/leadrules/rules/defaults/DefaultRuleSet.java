package io.leadrules.rules.defaults;

import io.leadrules.rules.engine.RuleFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule set that ships with LeadRules: the files listed in {@code default-ruleset/files.txt} on the classpath
 * (DRL, decision tables and the scenario suite that guards them).
 */
public final class DefaultRuleSet {

    /** The shipped set is rule version 1. */
    public static final String VERSION = "1";
    private static final String FOLDER = "default-ruleset/";

    private DefaultRuleSet() {
    }

    public static List<RuleFile> files() {
        return filesIn(FOLDER);
    }

    /**
     * The rule set listed in {@code files.txt} under a classpath folder ({@code "default-ruleset/"}): tests read the
     * rule set shipped before the model tables this way, to keep the decision-table kinds covered.
     */
    public static List<RuleFile> filesIn(String folder) {
        List<RuleFile> files = new ArrayList<>();
        for (String name : fileNames(folder)) {
            files.add(new RuleFile(name, read(folder + name)));
        }
        return List.copyOf(files);
    }

    private static List<String> fileNames(String folder) {
        String index = new String(read(folder + "files.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] read(String resource) {
        try (InputStream in = DefaultRuleSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The default rule set is missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
