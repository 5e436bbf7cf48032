package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ConsentData;
import io.leadrules.app.scoring.LeadData;
import io.leadrules.app.system.MappingConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Stored leads and activities <-> the HTTP records of the lead endpoints. */
@Mapper(config = MappingConfig.class, uses = StoredJson.class)
interface LeadRecords {

    /** A blank externalId identifies nobody: it is no externalId. Revenue is kept in cents, rounded half up. */
    @Mapping(target = "externalId", qualifiedByName = "identifier")
    @Mapping(target = "annualRevenue", qualifiedByName = "cents")
    @Mapping(target = "attributes", qualifiedByName = "attributesText")
    StoredProfile toProfile(LeadData lead);

    /** The lead members as a client sends them: what {@code GET} shows and what a merge patch applies to. */
    @Mapping(target = ".", source = "profile")
    @Mapping(target = "consent", source = "consent")
    @Mapping(target = "attributes", source = "profile.attributes", qualifiedByName = "attributeMap")
    LeadData toLeadData(StoredLead lead);

    @Mapping(target = "activityId", source = "activity.id")
    @Mapping(target = "activityValue", source = "activity.value")
    @Mapping(target = "properties", source = "activity.properties", qualifiedByName = "propertiesText")
    StoredActivity toStored(ActivityData activity, UUID leadId, Instant receivedAt);

    @Mapping(target = "id", source = "activityId")
    @Mapping(target = "value", source = "activityValue")
    @Mapping(target = "properties", qualifiedByName = "propertyMap")
    ActivityView toView(StoredActivity activity);

    /** What a re-post under the same id is compared with. */
    @Mapping(target = "value", source = "activityValue")
    @Mapping(target = "properties", qualifiedByName = "propertyMap")
    ActivityContent toContent(StoredActivity activity);

    @Mapping(target = "properties", expression = "java(ActivityContent.propertiesOf(activity.properties()))")
    ActivityContent toContent(ActivityData activity);

    default StoredConsent toConsent(ConsentData consent) {
        return consent == null ? StoredConsent.NONE : new StoredConsent(consent.dataProcessing(),
                consent.profilingObjection(), consent.policyVersion(), consent.grantedAt());
    }

    /** No consent was ever given: {@code "consent": null}, as the client would send it. */
    default ConsentData toConsentData(StoredConsent consent) {
        return consent == null || !consent.given() ? null : new ConsentData(consent.dataProcessing(),
                consent.profilingObjection(), consent.policyVersion(), consent.grantedAt());
    }

    @Named("identifier")
    default String identifier(String id) {
        return id == null || id.isBlank() ? null : id;
    }

    @Named("cents")
    default BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
