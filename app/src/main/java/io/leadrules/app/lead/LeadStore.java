package io.leadrules.app.lead;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stored leads. The {@code lock...} reads take the lead's row lock until the transaction ends: every change to a
 * lead (profile, activities, decisions) happens under it, so concurrent requests for one lead never lose an update.
 */
public interface LeadStore extends ListCrudRepository<StoredLead, UUID> {

    @Query("SELECT * FROM leads WHERE id = :id FOR UPDATE")
    Optional<StoredLead> lockById(UUID id);

    @Query("SELECT * FROM leads WHERE external_id = :externalId FOR UPDATE")
    Optional<StoredLead> lockByExternalId(String externalId);

    @Query("SELECT * FROM leads WHERE email_key = :emailKey FOR UPDATE")
    Optional<StoredLead> lockByEmailKey(String emailKey);

    /** The lead with this email (ignoring case), read without a lock. */
    Optional<StoredLead> findByEmailKey(String emailKey);

    /** The lead with this externalId, read without a lock. */
    @Query("SELECT * FROM leads WHERE external_id = :externalId")
    Optional<StoredLead> findByExternalId(String externalId);
}
