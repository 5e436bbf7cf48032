package io.leadrules.rules.scenario;

import io.leadrules.rules.vocabulary.Activity;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code activities} cell of a scenario into activities. See {@link ScenarioRunner} for the notation.
 * Each activity gets the id {@code s<row>-e<n>}, n counting from 1 in the order written. A value written after
 * {@code =} ({@code TIME_ON_SITE=320}) is each event's value: {@code PAGE_VIEW x3=60} is three events of 60 each, as a
 * client would report them, not one of 180.
 */
public final class ActivityNotation {

    /** The most events one scenario (or one dataset row, by default) may describe. */
    public static final int MAX_EVENTS = 5_000;
    private static final String FORMS = "write TYPE, TYPE xN, TYPE@-2d, TYPE xN@-1d..-20d or "
            + "TYPE@2026-11-20T10:00:00Z, each optionally with a value after '=' (TIME_ON_SITE=320@-2d, "
            + "PAGE_VIEW x3=60@-1d..-20d)";
    private static final Pattern VALUE = Pattern.compile("\\d{1,15}(\\.\\d{1,10})?");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COUNT = Pattern.compile("[xX](\\d{1,9})");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,6})([dhm])");
    private static final Pattern RANGE = Pattern.compile("([+-]\\d{1,6}d)\\.\\.([+-]\\d{1,6}d)");
    /** Compiled once: a dataset parses hundreds of thousands of cells; String.split would compile them each call. */
    private static final Pattern TYPE_END = Pattern.compile("[\\s@=]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private ActivityNotation() {
    }

    /** The activities the text describes, relative to {@code asOf}; a {@link RowProblem} quoting a bad event. */
    static List<Activity> parse(String text, Instant asOf, int row) {
        return parse(text, asOf, "s" + row, MAX_EVENTS);
    }

    /**
     * The activities the text describes, offsets ({@code @-2d}, {@code @+1d}, {@code @-1d..-20d}) relative to
     * {@code anchor}; ids {@code <idPrefix>-e<n>}. A {@link RowProblem} quoting the first bad event, or the event
     * that makes more than {@code maxEvents}.
     */
    public static List<Activity> parse(String text, Instant anchor, String idPrefix, int maxEvents) {
        List<Activity> activities = new ArrayList<>();
        for (String written : text.split(";")) {
            String event = written.trim();
            if (!event.isEmpty()) {
                BigDecimal value = value(event);
                String type = type(event);
                for (Instant when : reachable(event, anchor)) {
                    if (activities.size() == maxEvents) {
                        throw problem(event, "makes more than " + maxEvents + " events in one row");
                    }
                    activities.add(new Activity(idPrefix + "-e" + (activities.size() + 1), type, when, null,
                            value, Map.of()));
                }
            }
        }
        return activities;
    }

    private static String type(String event) {
        return TYPE_END.split(event, 2)[0];
    }

    /** The part before '@': the type, the count and the value. */
    private static String head(String event) {
        int at = event.indexOf('@');
        return (at < 0 ? event : event.substring(0, at)).trim();
    }

    /** The value after '=' (before '@'); null when the event has none. */
    private static BigDecimal value(String event) {
        String head = head(event);
        int equals = head.indexOf('=');
        if (equals < 0) {
            return null;
        }
        String value = head.substring(equals + 1).trim();
        if (!VALUE.matcher(value).matches()) {
            throw problem(event, "has '" + value + "' as its value after '=': write a number of 0 or more, with '.' "
                    + "for decimals and no separators, like TIME_ON_SITE=320 or AMOUNT=49.90");
        }
        return new BigDecimal(value);
    }

    /** The event's instants; an offset that lands beyond the instants a clock can tell is the writer's mistake. */
    private static List<Instant> reachable(String event, Instant asOf) {
        try {
            return instants(event, asOf);
        } catch (DateTimeException | ArithmeticException e) {
            throw problem(event, "lands outside the calendar from " + asOf + ": check the offset and the instant "
                    + "it counts from");
        }
    }

    private static List<Instant> instants(String event, Instant asOf) {
        int at = event.indexOf('@');
        String head = head(event);
        int equals = head.indexOf('=');
        String[] words = BLANKS.split((equals < 0 ? head : head.substring(0, equals)).trim());
        checkType(event, words[0]);
        if (words.length > 2) {
            throw problem(event, "has more than a type and a count before @; " + FORMS);
        }
        int count = words.length == 2 ? count(event, words[1]) : 1;
        if (at < 0) {
            return repeat(asOf, count);
        }
        String when = BLANKS.matcher(event.substring(at + 1)).replaceAll("");
        if (when.isEmpty()) {
            throw problem(event, "has nothing after @; " + FORMS);
        }
        return when.contains("..") ? spread(event, when, count, asOf) : repeat(instant(event, when, asOf), count);
    }

    private static void checkType(String event, String type) {
        if (!TYPE.matcher(type).matches()) {
            String reason = TYPE.matcher(type.toUpperCase()).matches()
                    ? "writes the activity type in small letters: types are in capitals, like DEMO_REQUESTED"
                    : "does not start with an activity type like DEMO_REQUESTED; " + FORMS;
            throw problem(event, reason);
        }
    }

    private static int count(String event, String word) {
        Matcher matcher = COUNT.matcher(word);
        int count = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        if (count < 1 || count > MAX_EVENTS) {
            throw problem(event, "has '" + word + "' where the number of events goes: write x1 to x" + MAX_EVENTS);
        }
        return count;
    }

    private static Instant instant(String event, String when, Instant asOf) {
        Matcher offset = OFFSET.matcher(when);
        if (offset.matches()) {
            long amount = Long.parseLong(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
            return asOf.plus(switch (offset.group(3)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            });
        }
        try {
            return Instant.parse(when);
        } catch (DateTimeParseException e) {
            throw problem(event, "has '" + when + "' after @, which is neither an offset like -2d, -36h, -90m, +1d, "
                    + "a range like -1d..-20d nor an instant like 2026-11-20T10:00:00Z");
        }
    }

    /** N events from the first offset to the second; the distance from the first is rounded down to whole days. */
    private static List<Instant> spread(String event, String when, int count, Instant asOf) {
        Matcher range = RANGE.matcher(when);
        if (!range.matches()) {
            throw problem(event, "has the range '" + when + "', but a range is two day offsets like -1d..-20d");
        }
        if (count < 2) {
            throw problem(event, "spreads one event over a range: write the number of events, like PAGE_VIEW x5@"
                    + when);
        }
        int first = days(range.group(1));
        int last = days(range.group(2));
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long offset = first + (long) i * (last - first) / (count - 1);
            instants.add(asOf.plus(Duration.ofDays(offset)));
        }
        return instants;
    }

    private static int days(String offset) {
        return Integer.parseInt(offset.substring(0, offset.length() - 1).replace("+", ""));
    }

    private static List<Instant> repeat(Instant when, int count) {
        return Collections.nCopies(count, when);
    }

    private static RowProblem problem(String event, String reason) {
        return new RowProblem(ScenarioColumn.ACTIVITIES, "'" + event + "' " + reason);
    }
}
