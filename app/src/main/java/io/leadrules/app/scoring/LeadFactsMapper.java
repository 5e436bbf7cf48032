package io.leadrules.app.scoring;

import io.leadrules.app.system.MappingConfig;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Attributes;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** HTTP request -> the facts the rules reason about. Values pass through unchanged: cleaning them is the rules' job. */
@Mapper(config = MappingConfig.class)
public interface LeadFactsMapper {

    /** {@code evaluatedAt} is the request's {@code asOf}, or now when the client left it out. */
    @Mapping(target = "asOf", source = "evaluatedAt")
    EvaluationInput toInput(ScoreRequest request, Instant evaluatedAt);

    @Mapping(target = "withAttributes", ignore = true)
    Lead toLead(LeadData lead);

    Consent toConsent(ConsentData consent);

    Activity toActivity(ActivityData activity);

    /** Checked before they get here ({@link CustomDataCheck}); a null value is no value. */
    default Attributes toAttributes(Map<String, Object> attributes) {
        return Attributes.of(attributes);
    }
}
