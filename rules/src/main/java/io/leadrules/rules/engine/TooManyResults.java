package io.leadrules.rules.engine;

/**
 * Rules inserted more results in one evaluation than it may hold. Nothing else bounds the facts a rule set makes:
 * one firing may insert many, and a rule set can do it only for one lead that no scenario and no stress lead has,
 * then exhaust the service's heap or make every join over those facts run for minutes.
 */
final class TooManyResults extends RuntimeException {

    TooManyResults(int limit) {
        super("more than " + limit + " results in one evaluation: a rule probably inserts far more than it should");
    }
}
