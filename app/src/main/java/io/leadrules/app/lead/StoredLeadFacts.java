package io.leadrules.app.lead;

import io.leadrules.app.system.MappingConfig;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A stored lead and its activities -> the facts the rules reason about. */
@Mapper(config = MappingConfig.class, uses = StoredJson.class)
public interface StoredLeadFacts {

    @Mapping(target = "consent", expression = "java(toConsent(lead.consent()))")
    @Mapping(target = ".", source = "profile")
    @Mapping(target = "withAttributes", ignore = true)
    Lead toLead(StoredLead lead);

    @Mapping(target = "id", source = "activityId")
    @Mapping(target = "value", source = "activityValue")
    @Mapping(target = "properties", qualifiedByName = "propertyMap")
    Activity toActivity(StoredActivity activity);

    /** No consent was ever given: the rules see no consent at all, not an empty one. */
    default Consent toConsent(StoredConsent consent) {
        if (consent == null || !consent.given()) {
            return null;
        }
        return new Consent(consent.dataProcessing(), consent.profilingObjection(), consent.policyVersion(),
                consent.grantedAt());
    }
}
