package io.leadrules.app.simulation;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a simulation request and puts it in its stored form: {@code asOf} defaulted to now, to the millisecond, and
 * the filter's values upper case, without repeats and sorted. Every problem is collected and answered at once, as a
 * 400 {@code /problems/invalid-query} naming each member (a filter is a query over the stored leads).
 */
final class SimulationRequestCheck {

    static final List<String> STAGES = List.of("SQL", "MQL", "LEAD", "DISQUALIFIED", "INVALID", DimensionTally.NONE);
    static final List<String> TEMPERATURES = List.of("HOT", "WARM", "COLD", DimensionTally.NONE);
    static final List<String> GRADES = List.of("A", "B", "C", "D", DimensionTally.NONE);
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", DimensionTally.NONE);
    static final int MAX_SOURCE = 100;
    static final int MAX_LEAD_IDS = 1000;

    private final List<FieldProblem> problems = new ArrayList<>();

    private SimulationRequestCheck() {
    }

    /** The request as a job stores it, asOf in the past or now; a 400 problem naming every member that is wrong. */
    static Checked check(SimulationRequest request, Instant now) {
        SimulationRequestCheck check = new SimulationRequestCheck();
        SimulationRequest given = request == null ? new SimulationRequest(null, null) : request;
        Checked checked = new Checked(check.asOf(given.asOf(), now), check.filter(given.filter()));
        check.throwIfAny();
        return checked;
    }

    private Instant asOf(Instant asOf, Instant now) {
        Instant chosen = (asOf == null ? now : asOf).truncatedTo(ChronoUnit.MILLIS);
        if (chosen.isAfter(now)) {
            problems.add(new FieldProblem("asOf", "must not be in the future: it is " + now + " now, not " + asOf
                    + "; leave asOf out to simulate as of now"));
        }
        return chosen;
    }

    private LeadFilter filter(LeadFilter filter) {
        if (filter == null) {
            return LeadFilter.ALL;
        }
        if (filter.createdFrom() != null && filter.createdTo() != null
                && !filter.createdFrom().isBefore(filter.createdTo())) {
            problems.add(new FieldProblem("filter.createdTo", "must be after createdFrom (" + filter.createdFrom()
                    + "): createdFrom is inclusive, createdTo exclusive"));
        }
        return new LeadFilter(oneOf("filter.stages", filter.stages(), STAGES),
                oneOf("filter.temperatures", filter.temperatures(), TEMPERATURES),
                oneOf("filter.grades", filter.grades(), GRADES),
                oneOf("filter.priorities", filter.priorities(), PRIORITIES), sources(filter.sources()),
                filter.createdFrom(), filter.createdTo(), leadIds(filter.leadIds()));
    }

    private List<String> oneOf(String field, List<String> given, List<String> allowed) {
        return values(field, given, value -> allowed.contains(value) ? null
                : "must be one of " + String.join(", ", allowed) + ", not " + shown(value));
    }

    private List<String> sources(List<String> given) {
        return values("filter.sources", given, value -> value.isEmpty() || value.length() > MAX_SOURCE
                ? "must be a source of 1 to " + MAX_SOURCE + " characters, not " + shown(value) : null);
    }

    /** Trimmed, upper-case values without repeats, sorted; {@code wrong} says what is wrong with one, or null. */
    private List<String> values(String field, List<String> given, Function<String, String> wrong) {
        if (!present(field, given)) {
            return null;
        }
        TreeSet<String> values = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i) == null ? null : given.get(i).trim().toUpperCase(Locale.ROOT);
            String problem = value == null ? "must be a value, not null" : wrong.apply(value);
            if (problem != null) {
                problems.add(new FieldProblem(field + "[" + i + "]", problem));
            } else {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    private List<UUID> leadIds(List<UUID> given) {
        if (!present("filter.leadIds", given)) {
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add(new FieldProblem("filter.leadIds[" + i + "]", "must be a lead id, not null"));
            }
        }
        TreeSet<UUID> ids = given.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        if (ids.size() > MAX_LEAD_IDS) {
            problems.add(new FieldProblem("filter.leadIds", "must hold at most " + MAX_LEAD_IDS + " lead ids, not "
                    + ids.size() + "; filter by stage, source or creation instead"));
        }
        return List.copyOf(ids);
    }

    /** False when the member is left out; an empty list is a problem (it would match no lead at all). */
    private boolean present(String field, List<?> given) {
        if (given != null && given.isEmpty()) {
            problems.add(new FieldProblem(field, "must hold at least one value; leave it out not to filter by it"));
        }
        return given != null && !given.isEmpty();
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            String detail = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
            throw new ProblemException(SystemProblem.INVALID_QUERY, "Change these members of the simulation request: "
                    + detail + ".").with("errors", List.copyOf(problems));
        }
    }

    private static String shown(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "\"";
    }

    /** A checked request: the instant to simulate at and the leads to compare. */
    record Checked(Instant asOf, LeadFilter filter) {
    }
}
