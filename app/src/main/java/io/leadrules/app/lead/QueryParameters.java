package io.leadrules.app.lead;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * Query parameters read strictly: a misspelt name, a value given twice or a value out of range is a 400
 * {@code /problems/invalid-query} naming the parameter, never a filter silently ignored. Every problem of a request
 * is collected; {@link #check()} throws them together.
 */
final class QueryParameters {

    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 50;

    private final MultiValueMap<String, String> raw;
    private final List<FieldProblem> problems = new ArrayList<>();

    QueryParameters(MultiValueMap<String, String> raw, Set<String> known) {
        this.raw = raw;
        String allowed = String.join(", ", new TreeSet<>(known));
        raw.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name -> problems.add(
                new FieldProblem(name, "is not a parameter of this list; the parameters are " + allowed)));
    }

    Optional<String> single(String name) {
        List<String> values = raw.getOrDefault(name, List.of());
        if (values.size() > 1) {
            problems.add(new FieldProblem(name, "is given " + values.size() + " times; give it once"));
            return Optional.empty();
        }
        return values.stream().findFirst();
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> text = single(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        problems.add(new FieldProblem(name, "must be a whole number from " + min + " to " + max + ", not "
                + shown(text.get())));
        return fallback;
    }

    /** Values given comma-separated or repeated, each one of {@code allowed} (in any case). */
    List<String> anyOf(String name, List<String> allowed) {
        List<String> chosen = new ArrayList<>();
        for (String value : raw.getOrDefault(name, List.of())) {
            for (String part : value.split(",", -1)) {
                String normalized = part.trim().toUpperCase(Locale.ROOT);
                if (!allowed.contains(normalized)) {
                    problems.add(new FieldProblem(name, "must be one of " + String.join(", ", allowed) + ", not "
                            + shown(part)));
                } else if (!chosen.contains(normalized)) {
                    chosen.add(normalized);
                }
            }
        }
        return List.copyOf(chosen);
    }

    Paging paging() {
        return new Paging(integer("page", 0, 0, Integer.MAX_VALUE), integer("size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    void problem(String name, String message) {
        problems.add(new FieldProblem(name, message));
    }

    void check() {
        if (!problems.isEmpty()) {
            String detail = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
            throw new ProblemException(SystemProblem.INVALID_QUERY, "Change these query parameters: " + detail + ".")
                    .with("errors", List.copyOf(problems));
        }
    }

    static String shown(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "\"";
    }

    /** Page {@code page} (from 0) of {@code size} items. */
    record Paging(int page, int size) {

        long offset() {
            return (long) page * size;
        }
    }
}
