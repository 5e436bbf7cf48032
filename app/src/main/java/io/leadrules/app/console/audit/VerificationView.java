package io.leadrules.app.console.audit;

import io.leadrules.app.audit.Verification;

/**
 * The verification's answer for the page: valid with the count of records checked, or the first record that does
 * not match ({@code record} is {@code audit-entry}, {@code block}, {@code head-file}, {@code decision},
 * {@code rule-file} or {@code rule-version}), its id, and the reason the check gave.
 */
record VerificationView(boolean valid, long checked, String record, String id, String reason) {

    static VerificationView of(Verification verification) {
        Verification.Mismatch mismatch = verification.firstMismatch();
        return mismatch == null
                ? new VerificationView(verification.valid(), verification.checked(), null, null, null)
                : new VerificationView(verification.valid(), verification.checked(), mismatch.record(), mismatch.id(),
                        mismatch.reason());
    }
}
