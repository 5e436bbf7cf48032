package io.leadrules.app.lead;

import org.springframework.dao.DuplicateKeyException;

/**
 * Whether a failure is a unique index refusing a row: another transaction stored the same externalId or email
 * first. Spring Data JDBC wraps the {@link DuplicateKeyException} of its statements, so the whole chain is searched.
 */
final class UniqueKeys {

    private UniqueKeys() {
    }

    static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
