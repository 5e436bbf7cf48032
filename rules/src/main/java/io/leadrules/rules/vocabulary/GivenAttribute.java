package io.leadrules.rules.vocabulary;

/** One fact per attribute the lead carries, so a rule can tell attributes the rule version does not declare. */
public record GivenAttribute(String name) {

    public GivenAttribute {
        ResultText.check(name);
    }
}
