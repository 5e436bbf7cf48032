package io.leadrules.app.ruleset.upload;

/**
 * A file of the upload with the name it will have in the rule set (its base name), before its content is checked.
 *
 * @param at      where it came from, for problems
 * @param name    the base name, exactly as sent or as written in the zip
 * @param content its bytes, unpacked when it came from a zip
 */
record NamedFile(FileAt at, String name, byte[] content) {
}
