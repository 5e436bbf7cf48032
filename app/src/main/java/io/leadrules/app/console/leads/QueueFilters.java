package io.leadrules.app.console.leads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a person chose on the queue page: one value per filter (an empty select means any), the search text, the
 * order and where the page starts. Only these names are read from the request, blank ones dropped; their values go
 * to the queue unchanged, whose allow-lists refuse an unknown one (a 400 problem page), so nothing typed into the
 * address bar reaches the SQL. Also builds the page's links: sorting by a column, the next and the previous page.
 */
public record QueueFilters(String stage, String temperature, String grade, String priority, String q, String sort,
                    String cursor, String before) {

    static final String PATH = "/console/leads";
    /** Leads per page: a screenful at 1280x800 with a short scroll. */
    static final int SIZE = 25;
    /** The sortable columns, and the order a first click on each gives (highest score, first priority, newest). */
    private static final Map<String, String> FIRST_CLICK = Map.of("score", "-score", "priority", "priority",
            "updatedAt", "-updatedAt", "createdAt", "-createdAt");
    private static final String DEFAULT_SORT = "priority";

    static QueueFilters of(MultiValueMap<String, String> raw) {
        return new QueueFilters(first(raw, "stage"), first(raw, "temperature"), first(raw, "grade"),
                first(raw, "priority"), first(raw, "q"), first(raw, "sort"), first(raw, "cursor"),
                first(raw, "before"));
    }

    private static String first(MultiValueMap<String, String> raw, String name) {
        List<String> values = raw.getOrDefault(name, List.of());
        return values.stream().filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    /** The queue's parameters: the filters, the order, the page size and (going forward) the cursor. */
    MultiValueMap<String, String> query() {
        MultiValueMap<String, String> query = choices();
        query.add("size", Integer.toString(SIZE));
        if (cursor != null && before == null) {
            query.add("cursor", cursor);
        }
        return query;
    }

    /** The order shown: the one chosen, or the queue's own (priority, then score). */
    public String order() {
        return sort == null ? DEFAULT_SORT : sort.strip();
    }

    /** {@code aria-sort} of a column: ascending or descending when the queue is sorted by it, else null. */
    public String ariaSort(String column) {
        String order = order();
        if (order.equals(column)) {
            return "ascending";
        }
        return order.equals("-" + column) ? "descending" : null;
    }

    /** The link a column's heading makes: sorted by it (the other way round when it already is), from page one. */
    public String sortHref(String column) {
        String order = order();
        String wanted = order.equals(FIRST_CLICK.get(column)) ? reversed(order) : FIRST_CLICK.get(column);
        return link(withSort(wanted), null, null);
    }

    public String nextHref(String next) {
        return next == null ? null : link(choices(), "cursor", next);
    }

    public String previousHref(String previous) {
        return previous == null ? null : link(choices(), "before", previous);
    }

    private static String reversed(String order) {
        return order.startsWith("-") ? order.substring(1) : "-" + order;
    }

    private MultiValueMap<String, String> withSort(String order) {
        MultiValueMap<String, String> choices = choices();
        choices.set("sort", order);
        return choices;
    }

    private MultiValueMap<String, String> choices() {
        MultiValueMap<String, String> choices = new LinkedMultiValueMap<>();
        put(choices, "stage", stage);
        put(choices, "temperature", temperature);
        put(choices, "grade", grade);
        put(choices, "priority", priority);
        put(choices, "q", q);
        put(choices, "sort", sort);
        return choices;
    }

    private static void put(MultiValueMap<String, String> choices, String name, String value) {
        if (value != null) {
            choices.add(name, value);
        }
    }

    private static String link(MultiValueMap<String, String> choices, String name, String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        choices.forEach((key, values) -> values.forEach(v -> link.queryParam(key, "{" + key + "}")));
        if (name != null) {
            link.queryParam(name, "{" + name + "}");
        }
        Map<String, String> values = new HashMap<>(choices.toSingleValueMap());
        if (name != null) {
            values.put(name, value);
        }
        return link.encode().buildAndExpand(values).toUriString();
    }
}
