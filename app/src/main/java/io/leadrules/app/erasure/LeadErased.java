package io.leadrules.app.erasure;

import java.time.Instant;
import java.util.UUID;

/** A person was forgotten: published in the erasure's transaction, so what listeners write commits with it. */
public record LeadErased(UUID leadId, Instant erasedAt) {
}
