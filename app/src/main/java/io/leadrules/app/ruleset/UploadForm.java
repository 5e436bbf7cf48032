package io.leadrules.app.ruleset;

import io.leadrules.app.ruleset.upload.Upload;
import io.leadrules.app.ruleset.upload.UploadedRuleFiles;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import io.leadrules.rules.engine.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the multipart form of an upload: its files, checked and unpacked by {@link UploadedRuleFiles} (400/413 before
 * anything compiles), and the label and base version fields.
 */
@Component
class UploadForm {

    private static final int LONGEST_TEXT = 200;
    private static final ProblemType FORM = RuleSetProblem.INVALID_RULESET_UPLOAD;

    private final UploadedRuleFiles uploads;

    UploadForm(UploadedRuleFiles uploads) {
        this.uploads = uploads;
    }

    /** The upload; its uploader is the authenticated principal, so the form names no author. */
    NewRuleVersion read(List<MultipartFile> parts, String label, String basedOn) {
        List<MultipartFile> files = parts == null ? List.of() : parts.stream().filter(p -> !p.isEmpty()).toList();
        if (files.isEmpty()) {
            throw invalid(FORM, "files", "send at least one file in a form part named 'files'");
        }
        boolean wholeSet = files.stream().anyMatch(UploadForm::isArchive);
        List<RuleFile> ruleFiles = uploads.read(files.stream().map(UploadForm::upload).toList());
        String names = String.join(", ", files.stream().map(UploadForm::baseName).toList());
        return new NewRuleVersion(ruleFiles, wholeSet,
                text(label, "label", (wholeSet ? "Rule set " : "Changes to ") + names, FORM), blankToNull(basedOn));
    }

    /**
     * Refuses a request that still names who acts ({@code author} of an upload, {@code by} of an activation): the
     * service records the authenticated principal instead, and says so rather than silently drop the name.
     */
    static void refuseNamedActor(String value, String field, ProblemType type) {
        if (value != null) {
            throw invalid(type, field, "is no longer accepted: the authenticated principal is recorded as who "
                    + "acts; leave '" + field + "' out");
        }
    }

    /** A short text of a form field or parameter; a bad one is a problem of {@code type} naming the field. */
    private static String text(String value, String field, String fallback, ProblemType type) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback.length() > LONGEST_TEXT ? fallback.substring(0, LONGEST_TEXT - 3) + "..." : fallback;
        }
        if (text.length() > LONGEST_TEXT) {
            throw invalid(type, field, "at most " + LONGEST_TEXT + " characters, not " + text.length());
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw invalid(type, field, "must not hold control characters (line breaks, tabs)");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String baseName(MultipartFile file) {
        String name = String.valueOf(file.getOriginalFilename());
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static boolean isArchive(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException invalid(ProblemType type, String field, String message) {
        return new ProblemException(type, field + ": " + message)
                .with("errors", List.of(new FieldProblem(field, message)));
    }
}
