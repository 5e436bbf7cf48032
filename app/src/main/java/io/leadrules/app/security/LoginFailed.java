package io.leadrules.app.security;

import java.time.Instant;

/**
 * A wrong user name or password was sent (published as an application event, for the audit trail to record).
 *
 * @param name    the user name sent, which may not exist
 * @param address the client's address
 */
public record LoginFailed(String name, String address, Instant at) {
}
