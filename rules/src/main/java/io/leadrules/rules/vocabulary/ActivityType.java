package io.leadrules.rules.vocabulary;

/**
 * One fact per distinct activity type in the request, so a table row about a type fires once, not once per event.
 *
 * @param firstPosition the index of its first activity in the request
 * @param events        how many activities of this type the request holds (including any after {@code asOf})
 */
public record ActivityType(String name, int firstPosition, int events) {

    public ActivityType {
        ResultText.check(name);
    }
}
