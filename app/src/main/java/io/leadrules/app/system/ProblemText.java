package io.leadrules.app.system;

import org.springframework.http.HttpStatus;

/**
 * What a kind of problem says: its slug (the last segment of the {@code type} URI), status, title, and for its page
 * when it happens and what to do about it. Each problem enum holds one per constant.
 */
public record ProblemText(String slug, HttpStatus status, String title, String when, String fix) {
}
