package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A {@code .zip} of a rule set, unpacked in archive order. Folders count for nothing: every file is named by its base
 * name, whatever folder it is in (duplicates are refused later). Folders, hidden files ({@code .DS_Store},
 * {@code __MACOSX/}, anything under a folder whose name starts with a dot) and Office lock files ({@code ~$...}) are
 * skipped, though still counted and unpacked within the budget. An entry whose path could leave its folder
 * ({@code ..}, an absolute path, a drive letter) refuses the whole zip: nothing is written to disk here, but no honest
 * tool makes one.
 */
final class RuleSetArchive {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

    private RuleSetArchive() {
    }

    static List<NamedFile> unpack(FileAt zip, byte[] content, UnpackBudget budget) {
        if (!startsWith(content, LOCAL_HEADER) && !startsWith(content, EMPTY_ARCHIVE)) {
            throw zip.problem(UploadProblem.CORRUPT_RULE_FILE, zip.describe() + " is not a zip file, though its name "
                    + "ends in .zip. Zip the rule files again (in Windows: select them, right-click > Send to > "
                    + "Compressed folder; on a Mac: right-click > Compress) and upload the new zip.");
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
            List<NamedFile> files = new ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                unpackEntry(zip, entry, in, budget).ifPresent(files::add);
            }
            return files;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw zip.problem(UploadProblem.CORRUPT_RULE_FILE, zip.describe() + " cannot be unpacked: " + why(e)
                    + ". Zip the rule files again, without a password, and upload the new zip.");
        }
    }

    private static Optional<NamedFile> unpackEntry(FileAt zip, ZipEntry entry, ZipInputStream in,
                                                   UnpackBudget budget) throws IOException {
        String path = entry.getName().replace('\\', '/');
        FileAt at = zip.entry(FileNames.printable(path));
        UnpackBudget.Entry counted = new UnpackBudget.Entry(at, zip.describe(), at.entry());
        budget.count(counted);
        refuseEscaping(at, path);
        if (skipped(entry, path)) {
            budget.unpack(counted, in, (buffer, length) -> { });
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        budget.unpack(counted, in, (buffer, length) -> bytes.write(buffer, 0, length));
        return Optional.of(new NamedFile(at, FileNames.baseName(path), bytes.toByteArray()));
    }

    private static void refuseEscaping(FileAt at, String path) {
        boolean escapes = path.startsWith("/") || path.matches("^[A-Za-z]:.*")
                || List.of(path.split("/")).contains("..");
        if (escapes) {
            throw at.problem(UploadProblem.UNSAFE_ARCHIVE, at.file() + " has an entry whose path leaves its folder ("
                    + at.entry() + "): no zip tool makes such a path. Zip the rule files again and upload the new "
                    + "zip.");
        }
    }

    private static boolean skipped(ZipEntry entry, String path) {
        if (entry.isDirectory() || path.endsWith("/")) {
            return true;
        }
        String[] segments = path.split("/");
        for (String segment : segments) {
            if (segment.startsWith(".") && !segment.equals(".") || segment.equalsIgnoreCase("__MACOSX")) {
                return true;
            }
        }
        return segments[segments.length - 1].startsWith("~$");
    }

    private static String why(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("encrypted")) {
            return "it is protected by a password";
        }
        return e instanceof IllegalArgumentException ? "a file name in it is not valid UTF-8"
                : "it is cut short or damaged";
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
