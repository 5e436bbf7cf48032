package io.leadrules.app.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The lead as a client sends it. Every member is optional: what is missing becomes a data-quality finding, not an
 * error. The limits only reject values no real lead has (a negative head count, a 10,000-character name).
 * {@code attributes} holds what a company knows beyond the standard members, by lowerCamel name: a text, a number,
 * true/false or null each ({@link CustomDataCheck} judges them, numbers are exact decimals).
 */
public record LeadData(
        @Size(max = Limits.ID, message = Limits.TOO_LONG) String externalId,
        @Size(max = Limits.NAME, message = Limits.TOO_LONG) String firstName,
        @Size(max = Limits.NAME, message = Limits.TOO_LONG) String lastName,
        @Size(max = Limits.EMAIL, message = Limits.TOO_LONG) String email,
        @Size(max = Limits.PHONE, message = Limits.TOO_LONG) String phone,
        @Size(max = Limits.NAME, message = Limits.TOO_LONG) String company,
        @Size(max = Limits.NAME, message = Limits.TOO_LONG) String jobTitle,
        @Size(max = Limits.CODE, message = Limits.TOO_LONG) String industry,
        @PositiveOrZero(message = "must be 0 or more: it is the number of employees") Integer companySize,
        @PositiveOrZero(message = "must be 0 or more: it is the yearly revenue") BigDecimal annualRevenue,
        @Size(max = Limits.CODE, message = Limits.TOO_LONG) String country,
        @Size(max = Limits.CODE, message = Limits.TOO_LONG) String source,
        @Size(max = Limits.CODE, message = Limits.TOO_LONG) String leadMagnet,
        @Size(max = Limits.NAME, message = Limits.TOO_LONG) String productInterest,
        @Valid ConsentData consent,
        @JsonDeserialize(contentUsing = JsonScalars.Reader.class) Map<String, Object> attributes) {
}
