package io.leadrules.app.lead;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lead as stored: its profile and consent, when it was created, updated or erased, a copy of its latest
 * decision for the sales queue, and the lower-cased keys the console's search reads. Immutable: every change is a new instance saved over the old one.
 */
@Table("leads")
public record StoredLead(
        @Id UUID id,
        @Embedded.Empty StoredProfile profile,
        String emailKey,
        @Embedded.Empty(prefix = "consent_") StoredConsent consent,
        Instant createdAt,
        Instant updatedAt,
        Instant erasedAt,
        @Embedded.Empty CurrentDecision current,
        @Embedded.Empty SearchKeys searchKeys,
        @Version Long version) {

    public static StoredLead create(UUID id, StoredProfile profile, StoredConsent consent, Instant now) {
        return new StoredLead(id, profile, keyOf(profile.email()), consent, now, now, null, CurrentDecision.NONE,
                SearchKeys.of(profile), null);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public StoredLead withProfile(StoredProfile newProfile, StoredConsent newConsent, Instant now) {
        return new StoredLead(id, newProfile, keyOf(newProfile.email()), newConsent, createdAt, now, erasedAt, current,
                SearchKeys.of(newProfile), version);
    }

    /** Something else about the lead was stored (activities): only {@code updatedAt} moves on. */
    public StoredLead touched(Instant now) {
        return new StoredLead(id, profile, emailKey, consent, createdAt, now, erasedAt, current, searchKeys, version);
    }

    /** The id of the lead's latest decision, or {@code null} before its first. */
    public UUID currentDecisionId() {
        return current == null ? null : current.currentDecisionId();
    }

    public StoredLead withCurrent(CurrentDecision decision) {
        return new StoredLead(id, profile, emailKey, consent, createdAt, updatedAt, erasedAt, decision, searchKeys,
                version);
    }

    /** The person is forgotten: every member that identifies them is removed; the scores stay for the audit. */
    public StoredLead erased(Instant now) {
        StoredProfile forgotten = profile.withoutIdentity();
        return new StoredLead(id, forgotten, null, consent, createdAt, now, now, current, SearchKeys.of(forgotten),
                version);
    }

    /** The same person is the same email ignoring case (when there is no externalId to go by). */
    public static String keyOf(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
