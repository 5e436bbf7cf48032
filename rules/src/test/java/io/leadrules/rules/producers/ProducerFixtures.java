package io.leadrules.rules.producers;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule set made of the shipped DRL files and the workbooks one tool wrote ({@code producers/<tool>/} on the test
 * classpath, made by {@code make-fixtures.sh}). A workbook missing from a tool's folder is an error, never a skip.
 */
final class ProducerFixtures {

    /** The developer table that holds the cells tools write most differently (merged pattern, date, text number). */
    static final String TRAITS = "ProducerTraits.drl.xlsx";

    private ProducerFixtures() {
    }

    static List<RuleFile> ruleSet(String tool) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile shipped : DefaultRuleSet.files()) {
            if (shipped.isDrl()) {
                files.add(shipped);
            } else if (shipped.isDecisionTable()) {
                files.add(workbook(tool, shipped.name()));
            }
        }
        files.add(workbook(tool, TRAITS));
        return List.copyOf(files);
    }

    static RuleFile workbook(String tool, String name) {
        String resource = "producers/" + tool + "/" + name;
        try (InputStream in = ProducerFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The fixture " + resource + " is missing: run "
                        + "rules/src/test/resources/producers/make-fixtures.sh");
            }
            return new RuleFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
