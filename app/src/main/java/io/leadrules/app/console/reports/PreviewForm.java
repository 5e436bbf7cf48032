package io.leadrules.app.console.reports;

import io.leadrules.app.simulation.LeadFilter;
import io.leadrules.app.simulation.SimulationRequest;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * The preview form: the filters of the API's simulation request that a person fills in (values ticked per
 * dimension, sources separated by commas, a creation date range in UTC days); lead ids are left to the API. Values are
 * checked by the simulation service, as for the API: an unknown one is a 400 problem page naming it.
 *
 * @param createdFrom a day (yyyy-MM-dd), inclusive
 * @param createdTo   a day (yyyy-MM-dd), inclusive: leads created up to the end of it
 */
record PreviewForm(List<String> stages, List<String> temperatures, List<String> grades, List<String> priorities,
                   String sources, String createdFrom, String createdTo) {

    /**
     * The form from the request's fields by their plain names. Not data binding: Spring's constructor binding fails
     * with a 500 on field names such as {@code stages[300]}, {@code stages[x]} or {@code stages.name}, which anyone
     * can post; here they are fields the form does not have, ignored.
     */
    static PreviewForm of(MultiValueMap<String, String> fields) {
        return new PreviewForm(fields.get("stages"), fields.get("temperatures"), fields.get("grades"),
                fields.get("priorities"), fields.getFirst("sources"), fields.getFirst("createdFrom"),
                fields.getFirst("createdTo"));
    }

    SimulationRequest request() {
        LocalDate from = day("createdFrom", createdFrom);
        LocalDate to = day("createdTo", createdTo);
        return new SimulationRequest(null, new LeadFilter(given(stages), given(temperatures), given(grades),
                given(priorities), sourceList(), from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null));
    }

    private List<String> sourceList() {
        if (sources == null || sources.isBlank()) {
            return null;
        }
        return Arrays.stream(sources.split(",")).map(String::strip).filter(source -> !source.isEmpty()).toList();
    }

    private static List<String> given(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().filter(value -> value != null && !value.isBlank()).toList();
        return kept.isEmpty() ? null : kept;
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "Change this field of the preview form: " + field
                    + " must be a day as yyyy-MM-dd.").with("field", field);
        }
    }
}
