package io.leadrules.rules.vocabulary;

import java.time.Instant;

/** The instant the lead is evaluated at. Ages, decay and "in the last N days" are measured from it. */
public record AsOf(Instant instant) {
}
