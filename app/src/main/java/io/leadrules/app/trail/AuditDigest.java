package io.leadrules.app.trail;

/**
 * The digest of the record an audit entry is about: {@code digest} = SHA-256(canonical non-personal form, a zero
 * byte, {@code personalDigest} or nothing), and {@code personalDigest} = HMAC-SHA256 under the lead's salt of the
 * record's personal parts (null for a record without any). The entry keeps both, so that once erasure has destroyed
 * the salt the non-personal form is still checked against {@code digest}.
 */
public record AuditDigest(String digest, String personalDigest) {

    /** The digest a decision's entry is written with; the sealer replaces it ({@link PendingDigests}). */
    public static final String PENDING = "pending";

    /** A digest the sealer takes later, from the stored record. */
    public static AuditDigest pending() {
        return new AuditDigest(PENDING, null);
    }

    /** The digest of a record with nothing personal in it. */
    public static AuditDigest plain(Object canonical) {
        return of(Canonical.json(canonical), null);
    }

    /** The digest of a canonical non-personal form and the personal digest beside it. */
    public static AuditDigest of(String canonicalPlain, String personalDigest) {
        return new AuditDigest(Hashes.sha256(canonicalPlain + '\0' + (personalDigest == null ? "" : personalDigest)),
                personalDigest);
    }
}
