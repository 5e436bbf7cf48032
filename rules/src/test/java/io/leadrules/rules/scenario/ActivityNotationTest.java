package io.leadrules.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.vocabulary.Activity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityNotationTest {

    private static final Instant AS_OF = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void theIssueExampleReadsAsFourEvents() {
        List<Activity> activities = ActivityNotation.parse("DEMO_REQUESTED@-2d; EMAIL_OPEN x3@-40d", AS_OF, 7);

        assertThat(activities).extracting(Activity::type)
                .containsExactly("DEMO_REQUESTED", "EMAIL_OPEN", "EMAIL_OPEN", "EMAIL_OPEN");
        Instant fortyDaysAgo = Instant.parse("2025-12-06T12:00:00Z");
        assertThat(activities).extracting(Activity::occurredAt)
                .containsExactly(Instant.parse("2026-01-13T12:00:00Z"), fortyDaysAgo, fortyDaysAgo, fortyDaysAgo);
        assertThat(activities).extracting(Activity::id).containsExactly("s7-e1", "s7-e2", "s7-e3", "s7-e4");
    }

    @ParameterizedTest
    @CsvSource({
            "PAGE_VIEW,           2026-01-15T12:00:00Z",
            "PAGE_VIEW@-36h,      2026-01-14T00:00:00Z",
            "PAGE_VIEW@-90m,      2026-01-15T10:30:00Z",
            "PAGE_VIEW@+1d,       2026-01-16T12:00:00Z",
            "PAGE_VIEW @ -2d,     2026-01-13T12:00:00Z",
            "PAGE_VIEW@2026-11-20T10:00:00Z, 2026-11-20T10:00:00Z"})
    void eachEventIsAtItsOffsetOrInstant(String event, String expected) {
        assertThat(ActivityNotation.parse(event, AS_OF, 2)).singleElement()
                .extracting(Activity::occurredAt).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aRangeSpreadsEventsEvenlyInWholeDaysRoundingDown() {
        assertThat(ageInDays(ActivityNotation.parse("PAGE_VIEW x5@-1d..-5d", AS_OF, 2)))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ageInDays(ActivityNotation.parse("PAGE_VIEW x3@-1d..-20d", AS_OF, 2))).containsExactly(1L, 10L, 20L);
        assertThat(ageInDays(ActivityNotation.parse("PAGE_VIEW x2@-5d..-1d", AS_OF, 2))).containsExactly(5L, 1L);
    }

    @Test
    void blankEventsAndSurroundingSpacesAreIgnored() {
        assertThat(ActivityNotation.parse(" EMAIL_OPEN ;; PAGE_VIEW x2 ; ", AS_OF, 3)).extracting(Activity::type)
                .containsExactly("EMAIL_OPEN", "PAGE_VIEW", "PAGE_VIEW");
        assertThat(ActivityNotation.parse("", AS_OF, 3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DEMO@x                  | 'DEMO@x' has 'x' after @",
            "demo_requested@-2d      | 'demo_requested@-2d' writes the activity type in small letters",
            "EMAIL_OPEN x0@-1d       | 'EMAIL_OPEN x0@-1d' has 'x0' where the number of events goes",
            "EMAIL_OPEN three@-1d    | 'EMAIL_OPEN three@-1d' has 'three' where the number of events goes",
            "EMAIL_OPEN x2 now       | 'EMAIL_OPEN x2 now' has more than a type and a count",
            "PAGE_VIEW@-1d..-5d      | 'PAGE_VIEW@-1d..-5d' spreads one event over a range",
            "PAGE_VIEW x3@-1h..-5h   | 'PAGE_VIEW x3@-1h..-5h' has the range '-1h..-5h'",
            "PAGE_VIEW@              | 'PAGE_VIEW@' has nothing after @",
            "@-2d                    | '@-2d' does not start with an activity type",
            "PAGE_VIEW@-2w           | 'PAGE_VIEW@-2w' has '-2w' after @"})
    void aMalformedEventIsQuotedInTheRowError(String event, String message) {
        assertThatThrownBy(() -> ActivityNotation.parse("EMAIL_OPEN; " + event, AS_OF, 7))
                .isInstanceOfSatisfying(RowProblem.class, problem -> assertThat(problem.describe(7))
                        .startsWith("row 7, column activities: " + message));
    }

    @Test
    void moreThanFiveThousandEventsAreRefused() {
        assertThatThrownBy(() -> ActivityNotation.parse("PAGE_VIEW x4000; EMAIL_OPEN x1001", AS_OF, 2))
                .isInstanceOf(RowProblem.class)
                .hasMessageContaining("more than 5000 events");
    }

    @Test
    void anOffsetThatLandsOutsideTheCalendarIsTheRowsProblemNotACrash() {
        assertThatThrownBy(() -> ActivityNotation.parse("PAGE_VIEW@+2d", Instant.MAX, "d1", 10))
                .isInstanceOf(RowProblem.class).hasMessageContaining("outside the calendar");
        assertThatThrownBy(() -> ActivityNotation.parse("PAGE_VIEW x2@-1d..-3d", Instant.MIN, "d1", 10))
                .isInstanceOf(RowProblem.class).hasMessageContaining("'PAGE_VIEW x2@-1d..-3d'");
    }

    @Test
    void aValueAfterTheTypeIsTheValueOfEachEvent() {
        List<Activity> activities = ActivityNotation.parse("TIME_ON_SITE=320@-2d; PAGE_VIEW x3=60@-1d..-20d; "
                + "AMOUNT = 49.90; DEMO_REQUESTED", AS_OF, 3);

        assertThat(activities).extracting(Activity::type).containsExactly("TIME_ON_SITE", "PAGE_VIEW", "PAGE_VIEW",
                "PAGE_VIEW", "AMOUNT", "DEMO_REQUESTED");
        assertThat(activities).extracting(Activity::value).containsExactly(new BigDecimal("320"),
                new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("49.90"), null);
        assertThat(activities.get(0).occurredAt()).isEqualTo(Instant.parse("2026-01-13T12:00:00Z"));
        assertThat(ageInDays(activities.subList(1, 4))).containsExactly(1L, 10L, 20L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "TIME_ON_SITE=3,5@-2d   | 'TIME_ON_SITE=3,5@-2d' has '3,5' as its value",
            "TIME_ON_SITE=-5        | has '-5' as its value",
            "TIME_ON_SITE=@-2d      | has '' as its value",
            "TIME_ON_SITE=lots      | write a number of 0 or more, with '.' for decimals",
            "PAGE_VIEW x3=1e3       | has '1e3' as its value"})
    void aBadValueIsQuotedInTheRowError(String event, String message) {
        assertThatThrownBy(() -> ActivityNotation.parse(event, AS_OF, 4))
                .isInstanceOf(RowProblem.class)
                .hasMessageContaining(message);
    }

    @Test
    void theFormsMessageShowsTheValueNotation() {
        assertThatThrownBy(() -> ActivityNotation.parse("time_on_site x=320", AS_OF, 4))
                .isInstanceOf(RowProblem.class);
        assertThatThrownBy(() -> ActivityNotation.parse("TIME_ON_SITE x3 x4=320", AS_OF, 4))
                .hasMessageContaining("TIME_ON_SITE=320@-2d");
    }

    private static List<Long> ageInDays(List<Activity> activities) {
        return activities.stream()
                .map(a -> Duration.between(a.occurredAt(), AS_OF).toDays())
                .toList();
    }
}
