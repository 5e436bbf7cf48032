package io.leadrules.app.erasure;

import io.leadrules.app.trail.PersonalData;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes an erased person's values from the prose of a recorded result: a data-quality message such as
 * {@code 'ana@x.com' is not a valid email address} becomes {@code '[erased]' is not a valid email address}.
 * <p>
 * Every text member is prose unless it is known to be an identifier written by the rule set or the engine (rule ids
 * and names, codes, field paths, rule sources, classification values): a member added later is redacted by default.
 * A value matches ignoring case, and only as a whole word where it starts or ends with a letter or digit, so that
 * the first name {@code Al} does not eat {@code "Also"}.
 */
final class ErasedText {

    static final String MARK = "[erased]";

    /**
     * Members that only ever hold what the rule set or the engine wrote: never a person's data. The audit digests keep
     * everything else out of a decision's non-personal form, so the list is theirs.
     */
    private static final Set<String> IDENTIFIERS = PersonalData.IDENTIFIERS;
    private static final String WORD = "[\\p{L}\\p{N}_]";

    private final Pattern erased;

    private ErasedText(Pattern erased) {
        this.erased = erased;
    }

    /** Redaction of these values (nulls and blanks ignored); longer values first, so an email goes before a name. */
    static ErasedText of(Collection<String> values) {
        List<String> distinct = values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty())
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (distinct.isEmpty()) {
            return new ErasedText(null);
        }
        String alternatives = distinct.stream().map(ErasedText::wholeWord).collect(Collectors.joining("|"));
        return new ErasedText(Pattern.compile(alternatives,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }

    String redact(String text) {
        if (erased == null || text == null) {
            return text;
        }
        return erased.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** Redacts every prose member of the tree, in place. */
    void redactProse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode member = object.get(name);
                if (member.isString() && !IDENTIFIERS.contains(name)) {
                    object.put(name, redact(member.asString()));
                } else if (!IDENTIFIERS.contains(name)) {
                    redactProse(member);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(this::redactProse);
        }
    }

    private static String wholeWord(String value) {
        String before = value.substring(0, 1).matches(WORD) ? "(?<!" + WORD + ")" : "";
        String after = value.substring(value.length() - 1).matches(WORD) ? "(?!" + WORD + ")" : "";
        return before + Pattern.quote(value) + after;
    }
}
