package io.leadrules.rules.vocabulary;

/** How much a data-quality finding matters: an ERROR disqualifies the lead, the others inform. */
public enum Severity {
    ERROR, WARNING, INFO
}
