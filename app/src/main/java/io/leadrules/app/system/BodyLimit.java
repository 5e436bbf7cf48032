package io.leadrules.app.system;

/**
 * How large a request body may be.
 *
 * @param bytes  the most a body may hold
 * @param advice what to send instead, for the problem's detail, in the request's language
 */
public record BodyLimit(long bytes, ProblemMessage advice) {
}
