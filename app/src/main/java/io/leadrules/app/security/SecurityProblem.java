package io.leadrules.app.security;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of credentials, roles, people and keys, and of the limits that protect the service: who is not
 * signed in, who may not, too many failed logins or requests, a foreign origin. Slugs, statuses and texts are part of
 * the API: clients switch on the {@code type}. None says whether a key or a user exists to someone not signed in.
 */
public enum SecurityProblem implements ProblemType {

    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Credentials are missing or not valid",
            "The request carries no credentials, or ones the service does not accept: an unknown, revoked or expired "
                    + "API key, a wrong user name or password, a disabled user. The answer is the same for each, so "
                    + "that it says nothing about which keys or users exist.",
            "Send an API key as 'Authorization: Bearer <key>' (or 'X-API-Key: <key>'), or a user name and password "
                    + "with HTTP Basic. An administrator creates keys with POST /api/v1/api-keys."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Your roles do not allow this",
            "The credentials are valid, but none of the roles they act with may call this endpoint. A key acts with "
                    + "its own roles that its owner still holds.",
            "Ask an administrator for a key or user with the role the endpoint needs (docs/security.md lists them)."),
    TOO_MANY_FAILED_LOGINS("too-many-failed-logins", HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
            "Too many wrong passwords were sent for this user, or from this address, within a short window "
                    + "(leadrules.security.failed-logins). Until it has passed the password is not even checked.",
            "Wait the seconds in the Retry-After header, then log in with the right password."),
    FOREIGN_ORIGIN("foreign-origin", HttpStatus.FORBIDDEN, "Browser credentials from a foreign origin",
            "The request carries browser credentials (a cookie or HTTP Basic) and an Origin header that is neither "
                    + "the service's own origin nor one of leadrules.security.cors.allowed-origins: a page of "
                    + "another site may not act with a person's login (cross-site request forgery).",
            "Call the API from the service's own origin, add your origin to leadrules.security.cors.allowed-origins, "
                    + "or use an API key (Authorization: Bearer), which a browser never sends by itself."),
    INVALID_USER("invalid-user", HttpStatus.BAD_REQUEST, "The user request is not valid",
            "A user name is not 1 to 64 characters of a-z, 0-9, '.', '_' or '-' starting with a letter, or a "
                    + "password is shorter than 12 characters or longer than 72 bytes, or the name is one the service "
                    + "itself acts under (system, anonymous, leadrules).",
            "Change the member named in errors and send the request again."),
    USER_NOT_FOUND("user-not-found", HttpStatus.NOT_FOUND, "No such user",
            "No user has this name.",
            "List the users with GET /api/v1/users, or create one with POST /api/v1/users."),
    USER_EXISTS("user-exists", HttpStatus.CONFLICT, "A user of this name exists",
            "User names are unique; a disabled user keeps its name.",
            "Choose another name, or change the existing user with PATCH /api/v1/users/{name}."),
    INVALID_API_KEY_REQUEST("invalid-api-key-request", HttpStatus.BAD_REQUEST, "The API key request is not valid",
            "A key needs an existing, enabled user, at least one role, each held by that user, a label of at most "
                    + "200 characters, and an expiry (if any) in the future.",
            "Change the member named in the problem (user, role, label or expiresAt) and send the request again."),
    API_KEY_NOT_FOUND("api-key-not-found", HttpStatus.NOT_FOUND, "No such API key",
            "No API key has this id. Ids are the ones POST and GET /api/v1/api-keys answer with.",
            "List the keys with GET /api/v1/api-keys."),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests for this key",
            "The API key (or the person signed in) made more requests than its role allows in a short time "
                    + "(leadrules.security.rate-limits); this request was not served.",
            "Wait the seconds Retry-After says and send it again; spread requests out, or ask an admin for a key "
                    + "with a role that allows more.");

    private final ProblemText text;

    SecurityProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<SecurityProblem> problemTypes() {
            return List.of(values());
        }
    }
}
