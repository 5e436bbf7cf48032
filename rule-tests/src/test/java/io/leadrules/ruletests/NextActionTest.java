package io.leadrules.ruletests;

import static io.leadrules.ruletests.ActivityFixtures.daysAgo;
import static io.leadrules.ruletests.ActivityHistory.history;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.LeadFixtures.idealPersona;
import static io.leadrules.ruletests.LeadFixtures.partialFit;
import static io.leadrules.ruletests.LeadFixtures.poorFit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NextAction.drl.xlsx (stage x funnel stage) and NextAction.drl (VERIFY_CONTACT_DATA as a second action). */
class NextActionTest {

    static Stream<Arguments> routes() {
        return Stream.of(
                // fit 100 + demo: SQL, BOFU
                Arguments.of("SQL", "BOFU", idealPersona(), history().event("DEMO_REQUESTED", daysAgo(2)),
                        "ROUTE_TO_SALES", "ACTION-SQL"),
                // fit 100 + pricing view 5: 52.5 -> 53, MQL, BOFU
                Arguments.of("MQL", "BOFU", idealPersona(), history().event("PRICING_PAGE_VIEW", daysAgo(2)),
                        "SEND_CASE_STUDY_AND_PRICING", "ACTION-MQL-BOFU"),
                // grade C + demo - unsubscribe: MQL by grade C, BOFU
                Arguments.of("MQL", "BOFU", partialFit(), history().event("DEMO_REQUESTED", daysAgo(2))
                        .event("UNSUBSCRIBED", daysAgo(2)), "SEND_CASE_STUDY_AND_PRICING", "ACTION-MQL-BOFU"),
                // fit 100 + webinar registration 3: 51.5 -> 52, MQL, MOFU
                Arguments.of("MQL", "MOFU", idealPersona(), history().event("WEBINAR_REGISTERED", daysAgo(2)),
                        "INVITE_TO_WEBINAR", "ACTION-MQL-MOFU"),
                Arguments.of("MQL", "TOFU", idealPersona(), history(), "NURTURE_CONSIDERATION", "ACTION-MQL-TOFU"),
                // fit 10 + demo 40: 25, LEAD, BOFU
                Arguments.of("LEAD", "BOFU", poorFit(), history().event("DEMO_REQUESTED", daysAgo(2)),
                        "QUALIFY_MANUALLY", "ACTION-LEAD-BOFU"),
                // fit 10 + download 2: 6, LEAD, MOFU
                Arguments.of("LEAD", "MOFU", poorFit(), history().event("CONTENT_DOWNLOAD", daysAgo(2)),
                        "NURTURE_CONSIDERATION", "ACTION-LEAD-MOFU"),
                Arguments.of("LEAD", "TOFU", poorFit(), history(), "NURTURE_AWARENESS", "ACTION-LEAD-TOFU"),
                Arguments.of("DISQUALIFIED", "BOFU", idealPersona().firstName("test"),
                        history().event("DEMO_REQUESTED", daysAgo(2)), "NONE", "ACTION-DISQUALIFIED"),
                Arguments.of("DISQUALIFIED", "TOFU", idealPersona().email("ana@"), history(), "NONE",
                        "ACTION-DISQUALIFIED"));
    }

    @ParameterizedTest(name = "{0} + {1} -> {4}")
    @MethodSource("routes")
    void stageAndFunnelStageDecideTheAction(String stage, String funnelStage, LeadBuilder lead,
                                           ActivityHistory activities, String action, String ruleId) {
        LeadEvaluation evaluation = evaluate(lead, activities);

        assertThat(evaluation.stage()).isEqualTo(stage);
        assertThat(evaluation.funnelStage()).isEqualTo(funnelStage);
        assertThat(actions(evaluation)).containsExactly(tuple(action, ruleId));
        assertThat(evaluation.nextActions().get(0).content()).isNotBlank();
        assertThat(evaluation.nextActions().get(0).reason()).isNotBlank();
    }

    @Test
    void sqlWithoutCompanyIsAlsoToBeVerifiedSecond() {
        LeadEvaluation evaluation = evaluate(idealPersona().company(null),
                history().event("DEMO_REQUESTED", daysAgo(2)));

        assertThat(actions(evaluation)).containsExactly(tuple("ROUTE_TO_SALES", "ACTION-SQL"),
                tuple("VERIFY_CONTACT_DATA", "ACTION-VERIFY_CONTACT_DATA"));
    }

    @Test
    void mqlWithAnOddPhoneNumberIsAlsoToBeVerifiedSecond() {
        LeadEvaluation evaluation = evaluate(idealPersona().phone("call me after 5"));

        assertThat(evaluation.stage()).isEqualTo("MQL");
        assertThat(actions(evaluation)).containsExactly(tuple("NURTURE_CONSIDERATION", "ACTION-MQL-TOFU"),
                tuple("VERIFY_CONTACT_DATA", "ACTION-VERIFY_CONTACT_DATA"));
    }

    @Test
    void leadsAndDisqualifiedLeadsAreNotToBeVerified() {
        LeadEvaluation lead = evaluate(poorFit().company(null));
        LeadEvaluation disqualified = evaluate(idealPersona().company(null).email("ana@yopmail.com"));

        assertThat(actions(lead)).containsExactly(tuple("NURTURE_AWARENESS", "ACTION-LEAD-TOFU"));
        assertThat(actions(disqualified)).containsExactly(tuple("NONE", "ACTION-DISQUALIFIED"));
    }

    @Test
    void otherWarningsNeedNoVerification() {
        LeadEvaluation evaluation = evaluate(idealPersona().email("ana@gmail.com"),
                history().event("DEMO_REQUESTED", daysAgo(2)));

        assertThat(actions(evaluation)).containsExactly(tuple("ROUTE_TO_SALES", "ACTION-SQL"));
    }

    private static List<Tuple> actions(LeadEvaluation evaluation) {
        return evaluation.nextActions().stream().map(a -> tuple(a.code(), a.ruleId())).toList();
    }
}
