package io.leadrules.app.lead.imports;

import io.leadrules.app.lead.LeadRequest;
import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ConsentData;
import io.leadrules.app.scoring.LeadData;
import io.leadrules.app.system.MappingConfig;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Attributes;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * A CSV row as the dataset reader understood it (the rules' vocabulary) -> the {@code POST /api/v1/leads} body it
 * stands for, so that a CSV line is checked and stored as an NDJSON line is: the reverse of the scoring mapper.
 *
 * <p>Activity ids are derived from what the activity is, not from where it is: {@code TYPE@instant}, with
 * {@code #2}, {@code #3}... for the second and third of the same type at the same instant in a row. Re-importing the
 * file (sorted otherwise, rows added, the same person on two rows) then names each activity as before, and the stored
 * lead counts it as a duplicate. Line-based ids ({@code d<line>-e<n>}) would change when a row moves, and
 * position-based ones ({@code <externalId>-<n>}) would collide between two rows of one person.
 */
@Mapper(config = MappingConfig.class)
interface CsvRowMapper {

    default LeadRequest toRequest(Lead lead, List<Activity> activities) {
        List<ActivityData> data = new ArrayList<>(activities.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Activity activity : activities) {
            String id = activity.type() + "@" + activity.occurredAt();
            int nth = seen.merge(id, 1, Integer::sum);
            data.add(toActivityData(activity, nth == 1 ? id : id + "#" + nth));
        }
        return new LeadRequest(toLeadData(lead), data);
    }

    LeadData toLeadData(Lead lead);

    ConsentData toConsentData(Consent consent);

    @Mapping(target = "id", source = "stableId")
    @Mapping(target = "type", source = "activity.type")
    @Mapping(target = "occurredAt", source = "activity.occurredAt")
    @Mapping(target = "detail", source = "activity.detail")
    @Mapping(target = "value", source = "activity.value")
    @Mapping(target = "properties", source = "activity.properties")
    ActivityData toActivityData(Activity activity, String stableId);

    /** No attribute cell is no attributes, as a body without {@code attributes} is. */
    default Map<String, Object> toAttributes(Attributes attributes) {
        return attributes.isEmpty() ? null : attributes.asMap();
    }
}
