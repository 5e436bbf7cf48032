package io.leadrules.app.ruleset.upload;

import java.io.IOException;
import java.io.InputStream;

/**
 * What one archive (the zips of an upload, or the parts of one workbook) may still unpack: entries, bytes per entry
 * and bytes in all, counted as the bytes come out of the inflater. The sizes a zip announces in its headers are never
 * believed, so an entry of a gigabyte of zeros stops after the limit, not after a gigabyte.
 */
final class UnpackBudget {

    /** Receives the unpacked bytes of an entry, chunk by chunk. */
    @FunctionalInterface
    interface Sink {
        void accept(byte[] buffer, int length);
    }

    /**
     * One entry of an archive, as problems name it.
     *
     * @param at      the file of the upload (and entry of its zip) the problem is about
     * @param archive the archive being unpacked, as the detail names it ({@code Rules.zip}, {@code Points.drl.xlsx})
     * @param name    the entry inside it, printable
     */
    record Entry(FileAt at, String archive, String name) {
    }

    private static final int CHUNK = 64 * 1024;
    /** The parts a workbook may have: a workbook of 300 sheets with comments and drawings has about a thousand. */
    static final int MAX_WORKBOOK_PARTS = 1_000;

    private final long maxEntrySize;
    private final long maxTotalSize;
    private final int maxEntries;
    private final String advice;
    private long unpacked;
    private int entries;

    private UnpackBudget(long maxEntrySize, long maxTotalSize, int maxEntries, String advice) {
        this.maxEntrySize = maxEntrySize;
        this.maxTotalSize = maxTotalSize;
        this.maxEntries = maxEntries;
        this.advice = advice;
    }

    /** The budget of the zips of one upload: each entry at most a rule file's size. */
    static UnpackBudget forUpload(RuleSetUploadSettings settings) {
        return new UnpackBudget(settings.maxFileSize().toBytes(), settings.maxArchiveSize().toBytes(),
                settings.maxArchiveEntries(), "Zip only the files of the rule set, and upload the new zip.");
    }

    /** The budget of the parts of one workbook: XML unpacks to several times the file, so only the total counts. */
    static UnpackBudget forWorkbook(RuleSetUploadSettings settings) {
        long total = settings.maxArchiveSize().toBytes();
        return new UnpackBudget(total, total, MAX_WORKBOOK_PARTS, "Open the workbook in Excel or LibreOffice, "
                + "delete the sheets, pictures and formatting the rules do not need, and save it again.");
    }

    /** Counts one more entry; a problem naming it when the archive has more than it may. */
    void count(Entry entry) {
        entries++;
        if (entries > maxEntries) {
            throw entry.at().problem(UploadProblem.UNSAFE_ARCHIVE, entry.archive() + " holds more than " + maxEntries
                    + " entries (files and folders); the service stopped reading it at " + entry.name() + ". "
                    + advice);
        }
    }

    /** Streams the rest of the entry into {@code sink}, within the budget. */
    void unpack(Entry entry, InputStream in, Sink sink) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            unpacked += n;
            if (unpacked > maxTotalSize) {
                throw entry.at().problem(UploadProblem.UNSAFE_ARCHIVE, entry.archive() + " unpacks to more than "
                        + readable(maxTotalSize) + " in all; the service stopped unpacking it at " + entry.name()
                        + ". " + advice);
            }
            if (size > maxEntrySize) {
                throw entry.at().problem(UploadProblem.RULE_FILE_TOO_LARGE, entry.name() + " in " + entry.archive()
                        + " unpacks to more than " + readable(maxEntrySize) + ", the most one rule file may hold; the "
                        + "service stopped unpacking it there. Split it into smaller files.");
            }
            sink.accept(buffer, n);
        }
    }

    /** {@code 5 MB (5242880 bytes)}: sizes as people say them, and exactly. */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB (" + bytes + " bytes)";
        }
        return bytes % 1024 == 0 && bytes >= 1024 ? bytes / 1024 + " KB (" + bytes + " bytes)" : bytes + " bytes";
    }
}
