package io.leadrules.rules.scenario;

import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.vocabulary.LeadFields;
import java.util.Locale;
import java.util.Optional;

/**
 * What a header of row 1 names: one of the fixed {@link ScenarioColumn}s, or a lead attribute
 * ({@code attributes.timeOnSite}; the prefix ignoring case, the name exactly as the rule version declares it).
 */
public record ScenarioHeader(ScenarioColumn column, String attribute) {

    public static final String ATTRIBUTES = "attributes.";

    /** The most attribute columns a file may have: as many as a lead may carry through the API. */
    public static final int MAX_ATTRIBUTES = 100;

    static ScenarioHeader of(ScenarioColumn column) {
        return new ScenarioHeader(column, null);
    }

    /** The header's meaning; empty when it is neither a column nor an attribute header; a problem for a bad name. */
    public static Optional<ScenarioHeader> parse(String text) {
        if (!isAttribute(text)) {
            return ScenarioColumn.forHeader(text).map(ScenarioHeader::of);
        }
        String name = text.trim().substring(ATTRIBUTES.length()).trim();
        if (!AttributeDeclaration.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' does not name an attribute: write "
                    + "attributes. and the attribute's name as declared, lowerCamel letters and digits, at most 64, "
                    + "like attributes.timeOnSite");
        }
        if (LeadFields.isReserved(name)) {
            throw new IllegalArgumentException("'" + text.trim() + "' names a standard member of the lead, not an "
                    + "attribute: write the column " + name + " instead");
        }
        return Optional.of(new ScenarioHeader(null, name));
    }

    /** Whether the text is a header a scenario file may have (an attribute header even with a bad name). */
    static boolean isKnown(String text) {
        return isAttribute(text) || ScenarioColumn.forHeader(text).isPresent();
    }

    /** Whether the text is an attribute header ({@code attributes.} and a name), even with a bad name. */
    public static boolean isAttribute(String text) {
        String trimmed = text.trim();
        return trimmed.length() > ATTRIBUTES.length()
                && trimmed.substring(0, ATTRIBUTES.length()).toLowerCase(Locale.ROOT).equals(ATTRIBUTES);
    }

    public boolean isAttribute() {
        return attribute != null;
    }

    /** The header as documented: {@code expectGrade}, {@code attributes.timeOnSite}. */
    public String text() {
        return isAttribute() ? ATTRIBUTES + attribute : column.header();
    }
}
