package io.leadrules.app.lead;

import io.leadrules.app.lead.QueryParameters.Paging;
import io.leadrules.app.system.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * What {@code GET /api/v1/leads} asks for: filters on the current decision (each a list: any of the values), a text
 * to find in names, email, company or externalId, a page and an order.
 */
record QueueQuery(List<String> stages, List<String> temperatures, List<String> grades, List<String> priorities,
                  String text, Paging paging, QueueOrder order, String cursor, String prefix) {

    static final List<String> STAGES = List.of("SQL", "MQL", "LEAD", "DISQUALIFIED", "INVALID");
    static final List<String> TEMPERATURES = List.of("HOT", "WARM", "COLD");
    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
    static final int MAX_TEXT = 255;
    private static final Set<String> PARAMETERS = Set.of("stage", "temperature", "grade", "priority", "q", "page",
            "size", "sort", Cursor.PARAMETER);

    static QueueQuery from(MultiValueMap<String, String> raw) {
        QueryParameters parameters = new QueryParameters(raw, PARAMETERS);
        QueueQuery query = new QueueQuery(parameters.anyOf("stage", STAGES),
                parameters.anyOf("temperature", TEMPERATURES), parameters.anyOf("grade", GRADES),
                parameters.anyOf("priority", PRIORITIES), text(parameters), parameters.paging(), order(parameters),
                parameters.single(Cursor.PARAMETER).orElse(null), null);
        Cursor.notWithPage(query.cursor(), raw.getFirst("page"));
        parameters.check();
        return query;
    }

    /**
     * This query with its {@code q} text read as the start of a name, last name, company, email or externalId (the
     * console's search, by index ranges) rather than as text anywhere in them.
     */
    QueueQuery byPrefix() {
        return new QueueQuery(stages, temperatures, grades, priorities, null, paging, order, cursor, text);
    }

    private static String text(QueryParameters parameters) {
        Optional<String> q = parameters.single("q").map(String::trim).filter(text -> !text.isEmpty());
        if (q.isPresent() && q.get().length() > MAX_TEXT) {
            parameters.problem("q", "must be at most " + MAX_TEXT + " characters long");
            return null;
        }
        return q.orElse(null);
    }

    private static QueueOrder order(QueryParameters parameters) {
        Optional<String> sort = parameters.single("sort");
        if (sort.isEmpty()) {
            return QueueOrder.PRIORITY;
        }
        Optional<QueueOrder> order = QueueOrder.named(sort.get());
        if (order.isEmpty()) {
            parameters.problem("sort", "must be one of " + String.join(", ", QueueOrder.parameters()) + ", not "
                    + QueryParameters.shown(sort.get()));
        }
        return order.orElse(QueueOrder.PRIORITY);
    }
}
