package io.leadrules.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.app.scoring.JsonScalars.NotScalar;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomDataCheckTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final List<AttributeDeclaration> DECLARED = List.of(
            new AttributeDeclaration("timeOnSite", AttributeType.NUMBER, List.of(), "seconds", "Model, B2"),
            new AttributeDeclaration("leadOrigin", AttributeType.TEXT, List.of("API", "Landing Page Submission"),
                    "how the lead came", "Model, B3"),
            new AttributeDeclaration("doNotCall", AttributeType.YES_NO, List.of(), "opted out of calls", "Model, B4"),
            new AttributeDeclaration("lastVisit", AttributeType.DATE, List.of(), "last visit", "Model, B5"));

    private final CustomDataCheck check = new CustomDataCheck(CustomDataSettings.defaults());

    @Test
    void aNameThatIsNotLowerCamelIsRefusedNamingTheMember() {
        assertThat(fields(check.attributes("lead", Map.of("Time on site", 1, "1st", 1, "time_on_site", 1, "", 1))))
                .containsExactlyInAnyOrder("lead.attributes.Time on site", "lead.attributes.1st",
                        "lead.attributes.time_on_site", "lead.attributes.");
    }

    @Test
    void aNameOfSixtyFiveCharactersIsRefusedAndShownCutShort() {
        String name = "a" + "b".repeat(64);

        List<FieldProblem> problems = check.attributes("lead", Map.of(name, "x"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("lead.attributes." + name.substring(0, 64) + "...");
            assertThat(problem.message()).isEqualTo(CustomDataCheck.NAME_RULE);
        });
        assertThat(check.attributes("lead", Map.of(name.substring(0, 64), "x"))).isEmpty();
    }

    @Test
    void standardAndReservedNamesAreRefused() {
        assertThat(check.attributes("lead", Map.of("email", "x", "consent", true, "attributes", 1, "id", "y")))
                .extracting(FieldProblem::message).containsOnly(CustomDataCheck.RESERVED).hasSize(4);
    }

    @Test
    void aHundredAttributesPassAndAHundredAndOneAreRefused() {
        assertThat(check.attributes("lead", numbered(100))).isEmpty();

        assertThat(check.attributes("lead", numbered(101))).containsExactly(
                new FieldProblem("lead.attributes", "must hold at most 100 attributes, not 101"));
    }

    @Test
    void attributesSetToNullDoNotCountTowardsTheLimit() {
        Map<String, Object> attributes = numbered(100);
        attributes.put("removed", null);

        assertThat(check.attributes("", attributes)).isEmpty();
    }

    @Test
    void aTextOfAThousandCharactersPassesAndOneMoreIsRefused() {
        assertThat(check.attributes("lead", Map.of("note", "x".repeat(1_000)))).isEmpty();

        assertThat(check.attributes("lead", Map.of("note", "x".repeat(1_001)))).containsExactly(
                new FieldProblem("lead.attributes.note", "must be at most 1000 characters long"));
    }

    @Test
    void objectsAndArraysAreNoAttributeValues() {
        assertThat(check.attributes("lead", Map.of("visits", NotScalar.ARRAY, "address", NotScalar.OBJECT)))
                .extracting(FieldProblem::message).containsExactlyInAnyOrder(
                        "must be a text, a number, true or false, or null; not an array",
                        "must be a text, a number, true or false, or null; not an object");
    }

    @Test
    void hugeOrOverPreciseNumbersAreRefused() {
        assertThat(check.attributes("lead", Map.of("a", new BigDecimal("1e999999999"),
                "b", new BigDecimal("-1000000000000.5"), "c", new BigDecimal("0.1234567"))))
                .extracting(FieldProblem::message).containsOnly(Limits.NUMBER_RANGE).hasSize(3);
        assertThat(check.attributes("lead", Map.of("a", new BigDecimal("1000000000000"),
                "b", new BigDecimal("-0.123456"), "c", new BigDecimal("1.50000000")))).isEmpty();
    }

    @Test
    void aValueOfTheWrongDeclaredTypeIsRefusedInTheDeclarationsWords() {
        Map<String, Object> attributes = Map.of("timeOnSite", "twelve minutes", "leadOrigin", "Carrier pigeon",
                "doNotCall", "no", "lastVisit", "31/03/2026");

        assertThat(check.declared("lead", attributes, DECLARED)).containsExactlyInAnyOrder(
                new FieldProblem("lead.attributes.timeOnSite", "timeOnSite is declared as number: send a number"),
                new FieldProblem("lead.attributes.leadOrigin", "'Carrier pigeon' is not one of the values declared "
                        + "for leadOrigin: API, Landing Page Submission"),
                new FieldProblem("lead.attributes.doNotCall", "doNotCall is declared as yes/no: send true or false"),
                new FieldProblem("lead.attributes.lastVisit",
                        "lastVisit is declared as date: send a date written YYYY-MM-DD"));
    }

    @Test
    void valuesOfTheDeclaredTypeAndUndeclaredAttributesPass() {
        Map<String, Object> attributes = new HashMap<>(Map.of("timeOnSite", new BigDecimal("754"),
                "leadOrigin", "api", "doNotCall", true, "lastVisit", "2026-03-31", "favouriteColour", "green"));
        attributes.put("unknownYet", null);

        assertThat(check.declared("lead", attributes, DECLARED)).isEmpty();
        assertThat(check.attributes("lead", attributes)).isEmpty();
    }

    @Test
    void anActivityValueMustBeBoundedAndItsPropertiesFew() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < 21; i++) {
            properties.put("p" + i, "v");
        }
        List<ActivityData> activities = List.of(
                activity(new BigDecimal("90.5"), Map.of("page", "/pricing")),
                activity(new BigDecimal("1000000000000.000001"), properties));

        assertThat(check.activities(activities)).containsExactlyInAnyOrder(
                new FieldProblem("activities[1].value", Limits.NUMBER_RANGE),
                new FieldProblem("activities[1].properties", "must hold at most 20 properties, not 21"));
    }

    @Test
    void aPropertyNeedsALowerCamelNameAndAShortTextValue() {
        Map<String, String> properties = new HashMap<>(Map.of("Page URL", "/x", "campaign", "c".repeat(501)));
        properties.put("medium", null);

        assertThat(check.activities(List.of(activity(null, properties)))).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("activities[0].properties.Page URL", "activities[0].properties.campaign",
                        "activities[0].properties.medium");
        assertThat(check.activities(List.of(activity(null, Map.of("campaign", "c".repeat(500)))))).isEmpty();
    }

    @Test
    void requireRefusesWithOneInvalidLeadProblemNamingEveryMember() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> check.require("lead",
                Map.of("timeOnSite", "long", "email", "x"), List.of(activity(new BigDecimal("1e13"), null)),
                DECLARED));

        assertThat(refused.type()).isEqualTo(SystemProblem.INVALID_LEAD);
        assertThat(fields((List<FieldProblem>) refused.properties().get("errors"))).containsExactly(
                "activities[0].value", "lead.attributes.email", "lead.attributes.timeOnSite");
        assertThatCode(() -> check.require("lead", null, null, DECLARED)).doesNotThrowAnyException();
    }

    private static ActivityData activity(BigDecimal value, Map<String, String> properties) {
        return new ActivityData("e1", "PAGE_VIEW", AT, null, value, properties);
    }

    private static Map<String, Object> numbered(int count) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put("a" + i, i);
        }
        return attributes;
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
