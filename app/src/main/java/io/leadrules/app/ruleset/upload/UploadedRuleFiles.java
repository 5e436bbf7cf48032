package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the files of a rule-set upload into the rule files the compiler reads, or refuses the whole upload with one
 * problem that names the file (and the zip entry or sheet) and says what to do. Everything that can be checked
 * without compiling is checked here: names, sizes, zips, text encoding, and that workbooks are plain, readable
 * {@code .xlsx} files. Nothing is stored and nothing is compiled.
 */
@Component
public class UploadedRuleFiles {

    private final RuleSetUploadSettings settings;
    private final SpreadsheetCheck spreadsheets;

    public UploadedRuleFiles(RuleSetUploadSettings settings) {
        this.settings = settings;
        this.spreadsheets = new SpreadsheetCheck(settings);
    }

    /**
     * The rule files of the upload, in upload order, each zip replaced by its files in archive order; names are base
     * names and contents the exact bytes sent or unpacked.
     *
     * @throws ProblemException a 400 or 413 problem naming the first file that cannot be accepted
     */
    public List<RuleFile> read(List<Upload> uploads) {
        UnpackBudget budget = UnpackBudget.forUpload(settings);
        Map<String, FileAt> names = new HashMap<>();
        List<RuleFile> files = new ArrayList<>();
        for (Upload upload : uploads == null ? List.<Upload>of() : uploads) {
            for (NamedFile file : unpacked(upload, budget)) {
                files.add(checked(file, names));
            }
        }
        if (files.isEmpty()) {
            throw new ProblemException(UploadProblem.NO_RULE_FILES, "The upload holds no file. Upload the rule files "
                    + "(.drl, .drl.xlsx, .scenarios.csv, .scenarios.xlsx), or one .zip that holds them.");
        }
        return List.copyOf(files);
    }

    private List<NamedFile> unpacked(Upload upload, UnpackBudget budget) {
        String name = FileNames.baseName(upload.filename());
        FileAt at = FileAt.upload(FileNames.printable(name));
        RuleFileKind kind = FileNames.kindOf(at, name, false);
        refuseLarge(at, upload.content().length);
        if (kind != RuleFileKind.ZIP) {
            return List.of(new NamedFile(at, name, upload.content()));
        }
        List<NamedFile> files = RuleSetArchive.unpack(at, upload.content(), budget);
        if (files.isEmpty()) {
            throw at.problem(UploadProblem.NO_RULE_FILES, at.file() + " holds no rule files: it is empty, or holds only "
                    + "folders and hidden files. Zip the rule files themselves (.drl, .drl.xlsx, .scenarios.csv, "
                    + ".scenarios.xlsx) and upload the new zip.");
        }
        return files;
    }

    private RuleFile checked(NamedFile file, Map<String, FileAt> names) {
        FileAt at = file.at();
        RuleFileKind kind = FileNames.kindOf(at, file.name(), at.entry() != null);
        FileAt same = names.putIfAbsent(file.name().toLowerCase(Locale.ROOT), at);
        if (same != null) {
            String which = same.describe().equals(at.describe()) ? "" : " (" + same.describe() + " and "
                    + at.describe() + ")";
            throw at.problem(UploadProblem.DUPLICATE_FILE_NAME, "The upload has two files named " + file.name() + which
                    + ". A rule set has one file of each name, upper and lower case alike, whatever folder of a zip "
                    + "it is in: keep one, or rename the other.");
        }
        if (kind.isText()) {
            TextFileCheck.check(at, file.content());
        } else if (kind.isWorkbook()) {
            spreadsheets.check(at, file.content());
        }
        return new RuleFile(file.name(), file.content());
    }

    private void refuseLarge(FileAt at, long size) {
        long limit = settings.maxFileSize().toBytes();
        if (size > limit) {
            throw at.problem(UploadProblem.RULE_FILE_TOO_LARGE, at.file() + " is " + size + " bytes; a rule file may "
                    + "have at most " + UnpackBudget.readable(limit) + ". Split it into smaller files, or delete the "
                    + "rows, sheets, pictures and formatting the rules do not need.");
        }
    }
}
