package io.leadrules.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class LeadFactsMapperTest {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final Instant GRANTED = Instant.parse("2026-01-10T08:00:00Z");

    private final LeadFactsMapper mapper = Mappers.getMapper(LeadFactsMapper.class);

    @Test
    void everyLeadMemberReachesTheFactsUnchanged() {
        LeadData lead = new LeadData("crm-42", "Ana", "Garcia", "ana@acme-soft.com", "+34 612 345 678", "Acme Soft",
                "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000.50"), "ES", "ORGANIC_SEARCH", "EBOOK",
                "crm-suite", new ConsentData(true, false, "2026-01", GRANTED), null);

        EvaluationInput input = mapper.toInput(new ScoreRequest(null, lead, null), AS_OF);

        assertThat(input.lead()).isEqualTo(new Lead("crm-42", "Ana", "Garcia", "ana@acme-soft.com",
                "+34 612 345 678", "Acme Soft", "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000.50"),
                "ES", "ORGANIC_SEARCH", "EBOOK", "crm-suite", new Consent(true, false, "2026-01", GRANTED)));
    }

    @Test
    void activitiesKeepTheirOrderAndEveryMember() {
        ScoreRequest request = new ScoreRequest(null, emptyLead(), List.of(
                new ActivityData("e1", "DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z"), "from the pricing page",
                        null, null),
                new ActivityData(null, "PAGE_VIEW", Instant.parse("2026-11-21T10:00:00Z"), null, null, null)));

        EvaluationInput input = mapper.toInput(request, AS_OF);

        assertThat(input.activities()).containsExactly(
                new Activity("e1", "DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z"), "from the pricing page"),
                new Activity(null, "PAGE_VIEW", Instant.parse("2026-11-21T10:00:00Z"), null));
    }

    @Test
    void attributesReachTheFactsAsExactValuesAndNullsAreNoValue() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("timeOnSite", new BigDecimal("0.1"));
        attributes.put("leadOrigin", "Landing Page Submission");
        attributes.put("doNotCall", false);
        attributes.put("lastVisit", null);
        LeadData lead = new LeadData(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, attributes);

        Lead facts = mapper.toInput(new ScoreRequest(null, lead, null), AS_OF).lead();

        assertThat(facts.attributes().asMap()).containsExactly(Map.entry("timeOnSite", new BigDecimal("0.1")),
                Map.entry("leadOrigin", "Landing Page Submission"), Map.entry("doNotCall", false));
    }

    @Test
    void anActivityKeepsItsValueAndProperties() {
        ScoreRequest request = new ScoreRequest(null, emptyLead(), List.of(new ActivityData("e1", "TIME_ON_SITE",
                Instant.parse("2026-11-20T10:00:00Z"), null, new BigDecimal("754.5"), Map.of("page", "/pricing"))));

        Activity activity = mapper.toInput(request, AS_OF).activities().get(0);

        assertThat(activity.value()).isEqualByComparingTo("754.5");
        assertThat(activity.properties()).containsExactly(Map.entry("page", "/pricing"));
    }

    @Test
    void theEvaluationInstantIsTheOneGivenNotTheRequestMember() {
        ScoreRequest request = new ScoreRequest(Instant.parse("2020-01-01T00:00:00Z"), emptyLead(), null);

        assertThat(mapper.toInput(request, AS_OF).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void noActivitiesAndNoConsentStayEmpty() {
        EvaluationInput input = mapper.toInput(new ScoreRequest(null, emptyLead(), null), AS_OF);

        assertThat(input.activities()).isEmpty();
        assertThat(input.lead().consent()).isNull();
    }

    private static LeadData emptyLead() {
        return new LeadData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
