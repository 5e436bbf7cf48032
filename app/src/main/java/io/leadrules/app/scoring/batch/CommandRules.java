package io.leadrules.app.scoring.batch;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The rule set the command scores with: the shipped one (version 1), or the files of a folder or a {@code .zip}
 * (its top-level files and those of its folders, by base name), compiled with every check an upload gets.
 */
final class CommandRules {

    /** No rule set comes near this; a larger zip is refused rather than unpacked into memory. */
    private static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private CommandRules() {
    }

    static CompiledRuleSet compile(String location) throws IOException {
        if (location == null) {
            return new RuleSetCompiler().compile(DefaultRuleSet.VERSION, DefaultRuleSet.files());
        }
        Path path = Path.of(location);
        List<RuleFile> files = Files.isDirectory(path) ? folder(path) : zip(path);
        return new RuleSetCompiler().compile("local", files);
    }

    private static List<RuleFile> folder(Path folder) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new RuleFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static List<RuleFile> zip(Path zip) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        long unpacked = 0;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) (MAX_UNPACKED - unpacked + 1));
                unpacked += content.length;
                if (unpacked > MAX_UNPACKED) {
                    throw new IOException(zip + " unpacks to more than " + MAX_UNPACKED + " bytes");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                files.add(new RuleFile(name, content));
            }
        }
        return files;
    }
}
