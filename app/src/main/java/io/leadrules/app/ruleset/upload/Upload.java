package io.leadrules.app.ruleset.upload;

/**
 * One file as the client sent it: the name its browser or tool gave (possibly with a path, possibly hostile) and its
 * bytes. Nothing is checked yet; {@link UploadedRuleFiles#read} does that.
 *
 * @param filename the client's file name, {@code null} or blank when it sent none
 * @param content  the bytes, {@code null} read as none
 */
public record Upload(String filename, byte[] content) {

    public Upload {
        content = content == null ? new byte[0] : content;
    }
}
