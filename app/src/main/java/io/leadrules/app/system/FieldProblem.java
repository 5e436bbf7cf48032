package io.leadrules.app.system;

/** One member of a request that needs changing: its path ({@code lead.companySize}, {@code activities[3].type}) and what is wrong. */
public record FieldProblem(String field, String message) {
}
